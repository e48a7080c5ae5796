<?xml version="1.0" encoding="UTF-8"?>
<upskill:Profile xmlns:upskill="https://upskill.dev/model/1.0" id="tomas" name="Tomás Herrera" description="Process engineer at a chemical plant who knows its sensors and control charts and learns time-series analysis in Python to forecast and catch faults early, six hours a week over a year."
    person="Tomás Herrera" currentRoleTitle="Process Engineer" targetRoles="upskill:/framework/ai-upskilling#role.process-engineer-ts"
    weeklyHours="6.0" budget="1000" currency="USD">
  <assessments skill="upskill:/framework/ai-upskilling#skill.statistics" level="3" date="2026-06-30" source="test" note="Six Sigma Green Belt."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sensor-data" level="3" date="2026-06-30" source="manager" assessor="Ingrid Olsen"
      note="Owns the historian tags of the reactor line."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.anomaly-detection" level="1" date="2026-06-30" note="Statistical process control charts only."/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.time-series" level="1" date="2026-06-30"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.data-cleaning" level="2" date="2026-06-30"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.eda" level="2" date="2026-06-30"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.python" level="1" date="2026-06-30"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.sql" level="2" date="2026-06-30"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.stakeholder-communication" level="3" date="2026-06-30" source="peer"
      assessor="Ana Ruiz"/>
  <assessments skill="upskill:/framework/ai-upskilling#skill.metrics-to-value" level="3" date="2026-06-30" source="manager"
      assessor="Ingrid Olsen"/>
</upskill:Profile>
