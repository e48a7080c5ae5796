/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.*;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class UpskillFactoryImpl extends EFactoryImpl implements UpskillFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static UpskillFactory init() {
		try {
			UpskillFactory theUpskillFactory = (UpskillFactory)EPackage.Registry.INSTANCE.getEFactory(UpskillPackage.eNS_URI);
			if (theUpskillFactory != null) {
				return theUpskillFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new UpskillFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpskillFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case UpskillPackage.FRAMEWORK: return createFramework();
			case UpskillPackage.PROFICIENCY_SCALE: return createProficiencyScale();
			case UpskillPackage.PROFICIENCY_LEVEL: return createProficiencyLevel();
			case UpskillPackage.SKILL_CATEGORY: return createSkillCategory();
			case UpskillPackage.SKILL: return createSkill();
			case UpskillPackage.ROLE: return createRole();
			case UpskillPackage.SKILL_REQUIREMENT: return createSkillRequirement();
			case UpskillPackage.LEARNING_RESOURCE: return createLearningResource();
			case UpskillPackage.SKILL_GAIN: return createSkillGain();
			case UpskillPackage.PROFILE: return createProfile();
			case UpskillPackage.SKILL_ASSESSMENT: return createSkillAssessment();
			case UpskillPackage.EVIDENCE: return createEvidence();
			case UpskillPackage.LEARNING_PLAN: return createLearningPlan();
			case UpskillPackage.EXCHANGE_RATE: return createExchangeRate();
			case UpskillPackage.PLAN_STEP: return createPlanStep();
			case UpskillPackage.LOG_ENTRY: return createLogEntry();
			case UpskillPackage.TEAM: return createTeam();
			case UpskillPackage.TEAM_GROUP: return createTeamGroup();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case UpskillPackage.SKILL_KIND:
				return createSkillKindFromString(eDataType, initialValue);
			case UpskillPackage.IMPORTANCE:
				return createImportanceFromString(eDataType, initialValue);
			case UpskillPackage.RESOURCE_KIND:
				return createResourceKindFromString(eDataType, initialValue);
			case UpskillPackage.ASSESSMENT_SOURCE:
				return createAssessmentSourceFromString(eDataType, initialValue);
			case UpskillPackage.EVIDENCE_KIND:
				return createEvidenceKindFromString(eDataType, initialValue);
			case UpskillPackage.PLAN_OBJECTIVE:
				return createPlanObjectiveFromString(eDataType, initialValue);
			case UpskillPackage.STEP_STATUS:
				return createStepStatusFromString(eDataType, initialValue);
			case UpskillPackage.IDENTIFIER:
				return createIdentifierFromString(eDataType, initialValue);
			case UpskillPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case UpskillPackage.SKILL_KIND:
				return convertSkillKindToString(eDataType, instanceValue);
			case UpskillPackage.IMPORTANCE:
				return convertImportanceToString(eDataType, instanceValue);
			case UpskillPackage.RESOURCE_KIND:
				return convertResourceKindToString(eDataType, instanceValue);
			case UpskillPackage.ASSESSMENT_SOURCE:
				return convertAssessmentSourceToString(eDataType, instanceValue);
			case UpskillPackage.EVIDENCE_KIND:
				return convertEvidenceKindToString(eDataType, instanceValue);
			case UpskillPackage.PLAN_OBJECTIVE:
				return convertPlanObjectiveToString(eDataType, instanceValue);
			case UpskillPackage.STEP_STATUS:
				return convertStepStatusToString(eDataType, instanceValue);
			case UpskillPackage.IDENTIFIER:
				return convertIdentifierToString(eDataType, instanceValue);
			case UpskillPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework createFramework() {
		FrameworkImpl framework = new FrameworkImpl();
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProficiencyScale createProficiencyScale() {
		ProficiencyScaleImpl proficiencyScale = new ProficiencyScaleImpl();
		return proficiencyScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProficiencyLevel createProficiencyLevel() {
		ProficiencyLevelImpl proficiencyLevel = new ProficiencyLevelImpl();
		return proficiencyLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillCategory createSkillCategory() {
		SkillCategoryImpl skillCategory = new SkillCategoryImpl();
		return skillCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Skill createSkill() {
		SkillImpl skill = new SkillImpl();
		return skill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillRequirement createSkillRequirement() {
		SkillRequirementImpl skillRequirement = new SkillRequirementImpl();
		return skillRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningResource createLearningResource() {
		LearningResourceImpl learningResource = new LearningResourceImpl();
		return learningResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillGain createSkillGain() {
		SkillGainImpl skillGain = new SkillGainImpl();
		return skillGain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Profile createProfile() {
		ProfileImpl profile = new ProfileImpl();
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillAssessment createSkillAssessment() {
		SkillAssessmentImpl skillAssessment = new SkillAssessmentImpl();
		return skillAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningPlan createLearningPlan() {
		LearningPlanImpl learningPlan = new LearningPlanImpl();
		return learningPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExchangeRate createExchangeRate() {
		ExchangeRateImpl exchangeRate = new ExchangeRateImpl();
		return exchangeRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStep createPlanStep() {
		PlanStepImpl planStep = new PlanStepImpl();
		return planStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogEntry createLogEntry() {
		LogEntryImpl logEntry = new LogEntryImpl();
		return logEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team createTeam() {
		TeamImpl team = new TeamImpl();
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamGroup createTeamGroup() {
		TeamGroupImpl teamGroup = new TeamGroupImpl();
		return teamGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SkillKind createSkillKindFromString(EDataType eDataType, String initialValue) {
		SkillKind result = SkillKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSkillKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Importance createImportanceFromString(EDataType eDataType, String initialValue) {
		Importance result = Importance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImportanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceKind createResourceKindFromString(EDataType eDataType, String initialValue) {
		ResourceKind result = ResourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentSource createAssessmentSourceFromString(EDataType eDataType, String initialValue) {
		AssessmentSource result = AssessmentSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceKind createEvidenceKindFromString(EDataType eDataType, String initialValue) {
		EvidenceKind result = EvidenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanObjective createPlanObjectiveFromString(EDataType eDataType, String initialValue) {
		PlanObjective result = PlanObjective.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanObjectiveToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepStatus createStepStatusFromString(EDataType eDataType, String initialValue) {
		StepStatus result = StepStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIdentifierFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdentifierToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpskillPackage getUpskillPackage() {
		return (UpskillPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static UpskillPackage getPackage() {
		return UpskillPackage.eINSTANCE;
	}

} //UpskillFactoryImpl
