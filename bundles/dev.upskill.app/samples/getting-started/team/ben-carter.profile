<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="ben-carter" name="Ben Carter" description="Data Analyst in the retail analytics team (Insights)."
    person="Ben Carter" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Data Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai"
    weeklyHours="4.0" budget="800" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2026-06-15" source="test" note="Statistics refresher, 74%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-06-15"/>
</upskill:Profile>
