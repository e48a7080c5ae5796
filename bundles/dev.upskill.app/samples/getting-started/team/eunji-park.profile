<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="eunji-park" name="Eun-ji Park" description="Data Scientist in the retail analytics team (Forecasting)."
    person="Eun-ji Park" currentRole="upskill:/framework/ai-upskilling#role.data-scientist" currentRoleTitle="Data Scientist"
    targetRoles="upskill:/framework/ai-upskilling#role.ml-engineer"
    weeklyHours="5.0" budget="2000" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="4" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.feature-engineering" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql-features" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.scikit-learn" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.scikit-learn" level="4" date="2026-06-15" source="evidence" note="Demand model in production since May."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="4" date="2026-03-02" source="test" note="Internal ML assessment, 92%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.model-evaluation" level="4" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.experiment-design" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.forecasting" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.forecasting" level="4" date="2026-06-15" source="evidence" note="Weekly store forecast, MAPE down from 18% to 11%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="3" date="2026-03-02" source="peer" assessor="Farid Haddad"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.git" level="3" date="2026-03-02" source="peer" assessor="Hiro Tanaka"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="4" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.prompt-engineering" level="2" date="2026-06-15"/>
</upskill:Profile>
