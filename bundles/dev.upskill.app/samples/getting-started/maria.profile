<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="maria" name="Maria Santos" description="Marketing manager of a consumer brand who learns to plan, write and measure campaigns with generative AI, five hours a week over nine months, with 800 USD of her team's budget."
    person="Maria Santos" currentRoleTitle="Marketing Manager" targetRoles="upskill:/framework/ai-upskilling#role.marketing-manager-genai"
    weeklyHours="5.0" budget="800" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.marketing-analytics" level="3" date="2026-08-15" source="manager"
      assessor="Oliver Grant"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="4" date="2026-08-15" source="manager"
      assessor="Oliver Grant"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-08-15" source="peer"
      assessor="Chen Wei"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="3" date="2026-08-15" source="manager"
      assessor="Oliver Grant"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.experiment-design" level="2" date="2026-08-15" note="Runs the e-mail subject A/B tests."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="1" date="2026-08-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.genai-content" level="1" date="2026-08-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.privacy" level="2" date="2026-08-15" source="test" note="Annual GDPR training, passed."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="1" date="2026-08-15"/>
</upskill:Profile>
