<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="hiro-tanaka" name="Hiro Tanaka" description="Data Engineer in the retail analytics team (Data platform)."
    person="Hiro Tanaka" currentRole="upskill:/framework/ai-upskilling#role.data-engineer" currentRoleTitle="Data Engineer"
    targetRoles="upskill:/framework/ai-upskilling#role.mlops-engineer"
    weeklyHours="5.0" budget="1500" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.etl" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.airflow" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.spark" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-modeling" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-quality" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.api-ingestion" level="3" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.git" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.docker" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.docker" level="4" date="2026-06-15" source="evidence" note="Containerised every pipeline job."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ci-cd" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.aws" level="3" date="2026-03-02" source="test" note="AWS Solutions Architect Associate."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.iac" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
</upskill:Profile>
