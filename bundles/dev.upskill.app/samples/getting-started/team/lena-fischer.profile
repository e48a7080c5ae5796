<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="lena-fischer" name="Lena Fischer" description="Junior Data Scientist in the retail analytics team (Forecasting)."
    person="Lena Fischer" currentRole="upskill:/framework/ai-upskilling#role.data-scientist" currentRoleTitle="Junior Data Scientist"
    targetRoles="upskill:/framework/ai-upskilling#role.data-scientist"
    weeklyHours="6.0" budget="1200" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="3" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="4" date="2026-06-15" source="evidence" note="Kaggle competition notebook, top 20%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.pandas" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.feature-engineering" level="2" date="2025-10-06"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.feature-engineering" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.scikit-learn" level="3" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.ml-fundamentals" level="3" date="2026-03-02" source="test" note="Internal ML assessment, 79%."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.model-evaluation" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.gradient-boosting" level="2" date="2026-06-15"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.deep-learning" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="2" date="2026-03-02"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-storytelling" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="2" date="2026-03-02" source="manager" assessor="Jonas Berg"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.git" level="3" date="2026-03-02" source="peer" assessor="Hiro Tanaka"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.notebooks" level="3" date="2026-03-02"/>
</upskill:Profile>
