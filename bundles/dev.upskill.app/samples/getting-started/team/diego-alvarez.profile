<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="diego-alvarez" name="Diego Alvarez" description="Analytics Engineer in the retail analytics team (Data platform)."
    person="Diego Alvarez" currentRole="upskill:/framework/ai-upskilling#role.data-engineer" currentRoleTitle="Analytics Engineer"
    targetRoles="upskill:/framework/ai-upskilling#role.data-engineer"
    weeklyHours="4.0" budget="1500" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="5" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql-features" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-modeling" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-modeling" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.etl" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.airflow" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.airflow" level="3" date="2026-06-15" source="evidence" note="Moved the nightly loads to Airflow."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-quality" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.git" level="4" date="2026-03-02" source="peer" assessor="Hiro Tanaka"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.docker" level="2" date="2026-06-15"/>
</upskill:Profile>
