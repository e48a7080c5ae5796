<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="ines-costa" name="Ines Costa" description="Marketing Analyst in the retail analytics team (Insights)."
    person="Ines Costa" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Marketing Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.marketing-manager-genai upskill:/framework/ai-upskilling#role.data-analyst-ai"
    weeklyHours="4.0" budget="1000" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.marketing-analytics" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.experiment-design" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="4" date="2026-06-15" source="evidence" note="Prompt library for campaign copy, used by the whole team."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.genai-content" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.llm-apis" level="1" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.privacy" level="2" date="2026-03-02" source="test" note="GDPR basics course, passed."/>
</upskill:Profile>
