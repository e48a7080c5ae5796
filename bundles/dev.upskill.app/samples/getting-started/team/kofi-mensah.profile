<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="kofi-mensah" name="Kofi Mensah" description="Data Analyst in the retail analytics team (Forecasting)."
    person="Kofi Mensah" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Data Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai"
    weeklyHours="5.0" budget="800" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2026-06-15" source="test" note="Advanced SQL assessment, 90%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql-features" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="3" date="2026-06-15" source="evidence" note="Store clustering notebook."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="3" date="2026-06-15" source="evidence"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.forecasting" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-03-02"/>
</upskill:Profile>
