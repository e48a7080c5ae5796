<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="farid-haddad" name="Farid Haddad" description="Forecasting Analyst in the retail analytics team (Forecasting)."
    person="Farid Haddad" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Forecasting Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.process-engineer-ts upskill:/framework/ai-upskilling#role.data-analyst-ai"
    weeklyHours="4.0" budget="1000" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="3" date="2026-06-15" source="test" note="Python assessment, 77%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="4" date="2026-06-15" source="evidence" note="Seasonality decomposition for 40 stores."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.forecasting" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.anomaly-detection" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.model-evaluation" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-03-02"/>
</upskill:Profile>
