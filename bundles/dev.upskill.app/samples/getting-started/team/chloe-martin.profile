<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="chloe-martin" name="Chloé Martin" description="Junior Data Analyst in the retail analytics team (Insights)."
    person="Chloé Martin" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Junior Data Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst"
    weeklyHours="6.0" budget="600" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-06-15" source="test" note="SQL assessment, 88%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="2" date="2026-06-15" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="3" date="2026-06-15" source="evidence" note="Scraper for competitor prices, reviewed."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="3" date="2026-06-15" source="evidence"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2025-10-06" source="test" note="University statistics, final exam."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="3" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.llm-apis" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.llm-apis" level="2" date="2026-06-15" source="evidence" note="Summarises store feedback with an LLM API."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-03-02" source="peer" assessor="Amara Nwosu"/>
</upskill:Profile>
