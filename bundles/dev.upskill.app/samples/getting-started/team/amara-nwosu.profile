<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="amara-nwosu" name="Amara Nwosu" description="Senior Data Analyst in the retail analytics team (Insights)."
    person="Amara Nwosu" currentRole="upskill:/framework/ai-upskilling#role.data-analyst" currentRoleTitle="Senior Data Analyst"
    targetRoles="upskill:/framework/ai-upskilling#role.data-analyst-ai"
    weeklyHours="5.0" budget="1200" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql-features" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql-features" level="3" date="2026-06-15" source="evidence" note="Rebuilt the churn features in dbt."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="3" date="2026-06-15" source="test" note="Python assessment, 81%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="3" date="2026-06-15" source="evidence" note="Weekly basket analysis in pandas."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="1" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="2" date="2026-06-15" source="test" note="Machine Learning Crash Course exercises."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.model-evaluation" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="3" date="2026-06-15" source="peer" assessor="Ines Costa"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-03-02" source="peer" assessor="Ben Carter"/>
</upskill:Profile>
