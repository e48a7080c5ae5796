<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="jonas-berg" name="Jonas Berg" description="Analytics Manager in the retail analytics team."
    person="Jonas Berg" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Analytics Manager"
    targetRoles="upskill:/framework/ai-upskilling#role.ai-product-manager"
    weeklyHours="2.0" budget="2500" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="5" date="2026-03-02" source="manager" assessor="Mette Lund"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="4" date="2026-03-02" source="manager" assessor="Mette Lund"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="4" date="2026-03-02" source="manager" assessor="Mette Lund"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.problem-framing" level="3" date="2026-03-02" source="manager" assessor="Mette Lund"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.use-case-discovery" level="3" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2026-06-15" source="test" note="AI for business leaders, final quiz."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02"/>
</upskill:Profile>
