<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="sam" name="Sam Lindqvist" description="Backend software engineer of eight years (Python and Java services, CI, containers) who moves into MLOps over nine months, with ten hours a week and a 2,000 USD training budget from the employer."
    person="Sam Lindqvist" currentRoleTitle="Senior Backend Engineer" targetRoles="upskill:/framework/ai-upskilling#role.swe-to-mlops upskill:/framework/ai-upskilling#role.mlops-engineer"
    weeklyHours="10.0" budget="2000" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="4" date="2026-09-01" source="peer" assessor="Aiko Tanaka"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.git" level="4" date="2026-09-01" source="peer" assessor="Aiko Tanaka"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.testing" level="4" date="2026-09-01" source="manager" assessor="Lena Fischer"
      note="Introduced contract tests for the payment services."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.api-development" level="4" date="2026-09-01" source="evidence">
    <evidence kind="project" title="Order service REST API" url="https://github.com/example/order-service" date="2026-05-20"/>
  </assessments>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ci-cd" level="3" date="2026-09-01" source="manager" assessor="Lena Fischer"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.docker" level="3" date="2026-09-01"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.kubernetes" level="1" date="2026-09-01"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.aws" level="2" date="2026-04-14" source="test" note="AWS Certified Cloud Practitioner."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-09-01"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="1" date="2026-09-01"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-09-01" source="manager"
      assessor="Lena Fischer"/>
</upskill:Profile>
