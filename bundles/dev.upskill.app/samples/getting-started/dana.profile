<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="dana" name="Dana Okafor" description="Senior data analyst in a retail company, moving towards predictive work with AI: first a data analyst who builds and explains models, then machine learning engineering."
    person="Dana Okafor" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Senior Data Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai upskill:/framework/ai-upskilling#role.ml-engineer"
    weeklyHours="7.0" budget="1500" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2025-09-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2026-03-02" source="manager" assessor="Priya Raman"
      note="Owns the weekly sales warehouse queries and their reviews."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="4" date="2026-03-02" source="manager" assessor="Priya Raman"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02" source="manager" assessor="Priya Raman"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2025-11-20" source="test" note="Internal statistics assessment, 78%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="1" date="2025-09-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="2" date="2026-06-10" source="evidence" note="Automated the monthly store report with pandas.">
    <evidence kind="project" title="Monthly store report in pandas" url="https://github.com/example/store-report" date="2026-06-01"/>
  </assessments>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="2" date="2026-06-10" source="evidence">
    <evidence kind="project" title="Monthly store report in pandas" url="https://github.com/example/store-report" date="2026-06-01"/>
  </assessments>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql-features" level="2" date="2026-06-10"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="1" date="2026-06-10"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2026-09-30" source="test" note="Machine Learning Crash Course exercises, all passed.">
    <evidence title="Google MLCC completion" url="https://developers.google.com/machine-learning/crash-course" date="2026-09-30"/>
  </assessments>
  <assessments skill="upskill:/framework/ai-upskilling#skill.model-evaluation" level="1" date="2026-06-10"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-03-02" source="peer"
      assessor="Marco Bianchi" note="Her quarterly results deck is the one the regional managers read.">
    <evidence kind="link" title="Q1 results deck" url="https://intranet.example.com/decks/q1" date="2026-04-05"/>
  </assessments>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager"
      assessor="Priya Raman"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="2" date="2026-06-10"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-06-10"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="2" date="2026-06-10"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.docker" level="0" date="2026-06-10"/>
</upskill:Profile>
