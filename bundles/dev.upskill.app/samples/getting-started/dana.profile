<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="dana" name="Dana Okafor" description="Data analyst in a retail company, moving towards predictive work with AI."
    person="Dana Okafor" currentRole="data-to-ai.framework#role.data-analyst" currentRoleTitle="Senior Data Analyst" targetRoles="data-to-ai.framework#role.data-analyst-ai data-to-ai.framework#role.ml-engineer"
    weeklyHours="7.0" budget="1500" currency="USD">
  <assessments skill="data-to-ai.framework#skill.sql" level="3" date="2025-09-15"/>
  <assessments skill="data-to-ai.framework#skill.sql" level="4" date="2026-03-02" source="manager" assessor="Priya Raman"
      note="Owns the weekly sales warehouse queries."/>
  <assessments skill="data-to-ai.framework#skill.data-cleaning" level="3" date="2026-03-02" source="manager" assessor="Priya Raman"/>
  <assessments skill="data-to-ai.framework#skill.statistics" level="3" date="2025-11-20" source="test" note="Internal statistics assessment, 78%."/>
  <assessments skill="data-to-ai.framework#skill.python" level="1" date="2025-09-15"/>
  <assessments skill="data-to-ai.framework#skill.python" level="2" date="2026-06-10" source="evidence" note="Automated a monthly report with pandas.">
    <evidence kind="project" title="Monthly store report in pandas" url="https://github.com/example/store-report" date="2026-06-01"/>
  </assessments>
  <assessments skill="data-to-ai.framework#skill.feature-engineering" level="1" date="2026-06-10"/>
  <assessments skill="data-to-ai.framework#skill.model-evaluation" level="1" date="2026-06-10"/>
  <assessments skill="data-to-ai.framework#skill.stakeholders" level="3" date="2026-03-02" source="peer" assessor="Marco Bianchi"
      note="Presents the quarterly results to the regional managers.">
    <evidence kind="link" title="Q1 results deck" url="https://intranet.example.com/decks/q1" date="2026-04-05"/>
  </assessments>
  <assessments skill="data-to-ai.framework#skill.docker" level="0" date="2026-06-10"/>
</upskill:Profile>
