<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="grace-oneill" name="Grace O&#x27;Neill" description="BI Developer in the retail analytics team (Insights)."
    person="Grace O&#x27;Neill" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="BI Developer"
    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai"
    weeklyHours="3.0" budget="500" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-modeling" level="3" date="2026-03-02" source="peer" assessor="Diego Alvarez"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="1" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="2" date="2026-03-02"/>
</upskill:Profile>
