/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.util;

import dev.upskill.model.*;

import dev.upskill.model.validation.Labels;
import dev.upskill.model.validation.ProblemCode;
import dev.upskill.model.validation.Reasons;
import dev.upskill.model.validation.Scales;

import java.time.LocalDate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.common.util.TreeIterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model: EMF's constraints, and the rules of the domain declared as
 * constraints in {@code upskill.ecore} and written by hand here ({@code @generated NOT}; the
 * generator merges around them). Each diagnostic of this package has a
 * {@link dev.upskill.model.validation.ProblemCode} value as its code and the element (and the
 * feature, when there is one) as its data; {@link dev.upskill.model.validation.ModelChecker} turns
 * them into problems that name the file, line and element.
 * <!-- end-user-doc -->
 * @see dev.upskill.model.UpskillPackage
 * @generated
 */
public class UpskillValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final UpskillValidator INSTANCE = new UpskillValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "dev.upskill.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpskillValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return UpskillPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case UpskillPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case UpskillPackage.FRAMEWORK:
				return validateFramework((Framework)value, diagnostics, context);
			case UpskillPackage.PROFICIENCY_SCALE:
				return validateProficiencyScale((ProficiencyScale)value, diagnostics, context);
			case UpskillPackage.PROFICIENCY_LEVEL:
				return validateProficiencyLevel((ProficiencyLevel)value, diagnostics, context);
			case UpskillPackage.SKILL_CATEGORY:
				return validateSkillCategory((SkillCategory)value, diagnostics, context);
			case UpskillPackage.SKILL:
				return validateSkill((Skill)value, diagnostics, context);
			case UpskillPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case UpskillPackage.SKILL_REQUIREMENT:
				return validateSkillRequirement((SkillRequirement)value, diagnostics, context);
			case UpskillPackage.LEARNING_RESOURCE:
				return validateLearningResource((LearningResource)value, diagnostics, context);
			case UpskillPackage.SKILL_GAIN:
				return validateSkillGain((SkillGain)value, diagnostics, context);
			case UpskillPackage.PROFILE:
				return validateProfile((Profile)value, diagnostics, context);
			case UpskillPackage.SKILL_ASSESSMENT:
				return validateSkillAssessment((SkillAssessment)value, diagnostics, context);
			case UpskillPackage.EVIDENCE:
				return validateEvidence((Evidence)value, diagnostics, context);
			case UpskillPackage.LEARNING_PLAN:
				return validateLearningPlan((LearningPlan)value, diagnostics, context);
			case UpskillPackage.EXCHANGE_RATE:
				return validateExchangeRate((ExchangeRate)value, diagnostics, context);
			case UpskillPackage.PLAN_STEP:
				return validatePlanStep((PlanStep)value, diagnostics, context);
			case UpskillPackage.LOG_ENTRY:
				return validateLogEntry((LogEntry)value, diagnostics, context);
			case UpskillPackage.TEAM:
				return validateTeam((Team)value, diagnostics, context);
			case UpskillPackage.TEAM_GROUP:
				return validateTeamGroup((TeamGroup)value, diagnostics, context);
			case UpskillPackage.SKILL_KIND:
				return validateSkillKind((SkillKind)value, diagnostics, context);
			case UpskillPackage.IMPORTANCE:
				return validateImportance((Importance)value, diagnostics, context);
			case UpskillPackage.RESOURCE_KIND:
				return validateResourceKind((ResourceKind)value, diagnostics, context);
			case UpskillPackage.ASSESSMENT_SOURCE:
				return validateAssessmentSource((AssessmentSource)value, diagnostics, context);
			case UpskillPackage.EVIDENCE_KIND:
				return validateEvidenceKind((EvidenceKind)value, diagnostics, context);
			case UpskillPackage.PLAN_OBJECTIVE:
				return validatePlanObjective((PlanObjective)value, diagnostics, context);
			case UpskillPackage.STEP_STATUS:
				return validateStepStatus((StepStatus)value, diagnostics, context);
			case UpskillPackage.IDENTIFIER:
				return validateIdentifier((String)value, diagnostics, context);
			case UpskillPackage.DATE:
				return validateDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(namedElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(namedElement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueId constraint of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateNamedElement_uniqueId(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String id = namedElement.getId();
		EObject first = id == null ? null : firstWithId(namedElement, id, context);
		if (first == null || first == namedElement) {
			return true;
		}
		return report(ProblemCode.DUPLICATE_ID, Diagnostic.ERROR, namedElement, null,
			"duplicate id '" + id + "' (also used by " + Labels.of(first) + ")", diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFramework(Framework framework, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(framework, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(framework, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProficiencyScale(ProficiencyScale proficiencyScale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(proficiencyScale, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validateProficiencyScale_distinctValues(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validateProficiencyScale_increasingValues(proficiencyScale, diagnostics, context);
		if (result || diagnostics != null) result &= validateProficiencyScale_atLeastTwoLevels(proficiencyScale, diagnostics, context);
		return result;
	}

	/**
	 * Validates the distinctValues constraint of '<em>Proficiency Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProficiencyScale_distinctValues(ProficiencyScale proficiencyScale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		Set<Integer> values = new HashSet<>();
		for (ProficiencyLevel level : proficiencyScale.getLevels()) {
			if (!values.add(level.getValue())) {
				result &= report(ProblemCode.SCALE_DUPLICATE_VALUE, Diagnostic.ERROR, level, UpskillPackage.Literals.PROFICIENCY_LEVEL__VALUE,
					"the value " + level.getValue() + " is used twice in the scale", diagnostics);
			}
		}
		return result;
	}

	/**
	 * Validates the increasingValues constraint of '<em>Proficiency Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProficiencyScale_increasingValues(ProficiencyScale proficiencyScale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		Set<Integer> values = new HashSet<>();
		Integer previous = null;
		for (ProficiencyLevel level : proficiencyScale.getLevels()) {
			if (values.add(level.getValue()) && previous != null && level.getValue() < previous) {
				result &= report(ProblemCode.SCALE_ORDER, Diagnostic.WARNING, level, UpskillPackage.Literals.PROFICIENCY_LEVEL__VALUE,
					"levels should be listed in increasing order", diagnostics);
			}
			previous = level.getValue();
		}
		return result;
	}

	/**
	 * Validates the atLeastTwoLevels constraint of '<em>Proficiency Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProficiencyScale_atLeastTwoLevels(ProficiencyScale proficiencyScale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (proficiencyScale.getLevels().size() >= 2) {
			return true;
		}
		return report(ProblemCode.SCALE_TOO_FEW_LEVELS, Diagnostic.ERROR, proficiencyScale, UpskillPackage.Literals.PROFICIENCY_SCALE__LEVELS,
			"a scale needs at least two levels", diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProficiencyLevel(ProficiencyLevel proficiencyLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(proficiencyLevel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkillCategory(SkillCategory skillCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(skillCategory, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(skillCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(skillCategory, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkill(Skill skill, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(skill, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(skill, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(skill, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(role, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(role, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(role, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkillRequirement(SkillRequirement skillRequirement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(skillRequirement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validateSkillRequirement_levelInScale(skillRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validateSkillRequirement_positiveWeight(skillRequirement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the levelInScale constraint of '<em>Skill Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSkillRequirement_levelInScale(SkillRequirement skillRequirement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return levelInScale(skillRequirement, skillRequirement.getSkill(), skillRequirement.isSetLevel(), skillRequirement.getLevel(),
			UpskillPackage.Literals.SKILL_REQUIREMENT__LEVEL, diagnostics);
	}

	/**
	 * Validates the positiveWeight constraint of '<em>Skill Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSkillRequirement_positiveWeight(SkillRequirement skillRequirement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (skillRequirement.getWeight() > 0) {
			return true;
		}
		return report(ProblemCode.WEIGHT_NOT_POSITIVE, Diagnostic.ERROR, skillRequirement, UpskillPackage.Literals.SKILL_REQUIREMENT__WEIGHT,
			"weight " + skillRequirement.getWeight() + " must be greater than 0", diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLearningResource(LearningResource learningResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(learningResource, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateLearningResource_nonNegativeCost(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateLearningResource_nonNegativeHours(learningResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateLearningResource_isoCurrency(learningResource, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeCost constraint of '<em>Learning Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLearningResource_nonNegativeCost(LearningResource learningResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (learningResource.getCost() == null || learningResource.getCost().signum() >= 0) {
			return true;
		}
		return report(ProblemCode.COST_NEGATIVE, Diagnostic.ERROR, learningResource, UpskillPackage.Literals.LEARNING_RESOURCE__COST,
			"cost " + learningResource.getCost() + " must not be negative", diagnostics);
	}

	/**
	 * Validates the nonNegativeHours constraint of '<em>Learning Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLearningResource_nonNegativeHours(LearningResource learningResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (learningResource.getHours() >= 0) {
			return true;
		}
		return report(ProblemCode.HOURS_NEGATIVE, Diagnostic.ERROR, learningResource, UpskillPackage.Literals.LEARNING_RESOURCE__HOURS,
			"hours " + learningResource.getHours() + " must not be negative", diagnostics);
	}

	/**
	 * Validates the isoCurrency constraint of '<em>Learning Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLearningResource_isoCurrency(LearningResource learningResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (learningResource.getCurrency() == null || CURRENCY.matcher(learningResource.getCurrency()).matches()) {
			return true;
		}
		return report(ProblemCode.CURRENCY_CODE, Diagnostic.WARNING, learningResource, UpskillPackage.Literals.LEARNING_RESOURCE__CURRENCY,
			"currency '" + learningResource.getCurrency() + "' is not an ISO 4217 code such as USD", diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkillGain(SkillGain skillGain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(skillGain, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(skillGain, diagnostics, context);
		if (result || diagnostics != null) result &= validateSkillGain_levelInScale(skillGain, diagnostics, context);
		return result;
	}

	/**
	 * Validates the levelInScale constraint of '<em>Skill Gain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSkillGain_levelInScale(SkillGain skillGain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return levelInScale(skillGain, skillGain.getSkill(), skillGain.isSetLevel(), skillGain.getLevel(),
			UpskillPackage.Literals.SKILL_GAIN__LEVEL, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProfile(Profile profile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(profile, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(profile, diagnostics, context);
		if (result || diagnostics != null) result &= validateProfile_weeklyHoursInRange(profile, diagnostics, context);
		return result;
	}

	/**
	 * Validates the weeklyHoursInRange constraint of '<em>Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProfile_weeklyHoursInRange(Profile profile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (profile.getWeeklyHours() >= 0 && profile.getWeeklyHours() <= 100) {
			return true;
		}
		return report(ProblemCode.WEEKLY_HOURS_RANGE, Diagnostic.ERROR, profile, UpskillPackage.Literals.PROFILE__WEEKLY_HOURS,
			"weekly hours " + profile.getWeeklyHours() + " must be between 0 and 100", diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkillAssessment(SkillAssessment skillAssessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(skillAssessment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(skillAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSkillAssessment_levelInScale(skillAssessment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the levelInScale constraint of '<em>Skill Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSkillAssessment_levelInScale(SkillAssessment skillAssessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return levelInScale(skillAssessment, skillAssessment.getSkill(), skillAssessment.isSetLevel(), skillAssessment.getLevel(),
			UpskillPackage.Literals.SKILL_ASSESSMENT__LEVEL, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidence(Evidence evidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLearningPlan(LearningPlan learningPlan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(learningPlan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(learningPlan, diagnostics, context);
		if (result || diagnostics != null) result &= validateLearningPlan_endAfterStart(learningPlan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endAfterStart constraint of '<em>Learning Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLearningPlan_endAfterStart(LearningPlan learningPlan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (learningPlan.getStartDate() == null || learningPlan.getEndDate() == null
			|| !learningPlan.getEndDate().isBefore(learningPlan.getStartDate())) {
			return true;
		}
		return report(ProblemCode.PLAN_END_BEFORE_START, Diagnostic.ERROR, learningPlan, UpskillPackage.Literals.LEARNING_PLAN__END_DATE,
			"end date " + learningPlan.getEndDate() + " is before start date " + learningPlan.getStartDate(), diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExchangeRate(ExchangeRate exchangeRate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(exchangeRate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanStep(PlanStep planStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(planStep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanStep_startWeekPositive(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanStep_endAfterStart(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanStep_withinPlan(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanStep_nonNegativeHoursLogged(planStep, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlanStep_logWithinTotal(planStep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the startWeekPositive constraint of '<em>Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePlanStep_startWeekPositive(PlanStep planStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (planStep.getStartWeek() >= 1) {
			return true;
		}
		return report(ProblemCode.STEP_START_WEEK, Diagnostic.ERROR, planStep, UpskillPackage.Literals.PLAN_STEP__START_WEEK,
			"start week " + planStep.getStartWeek() + " must be 1 or later", diagnostics);
	}

	/**
	 * Validates the endAfterStart constraint of '<em>Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePlanStep_endAfterStart(PlanStep planStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (planStep.getEndWeek() >= planStep.getStartWeek()) {
			return true;
		}
		return report(ProblemCode.STEP_END_BEFORE_START, Diagnostic.ERROR, planStep, UpskillPackage.Literals.PLAN_STEP__END_WEEK,
			"end week " + planStep.getEndWeek() + " is before start week " + planStep.getStartWeek(), diagnostics);
	}

	/**
	 * Validates the withinPlan constraint of '<em>Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePlanStep_withinPlan(PlanStep planStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(planStep.eContainer() instanceof LearningPlan plan) || plan.getStartDate() == null || plan.getEndDate() == null
			|| !plan.getStartDate().plusWeeks(planStep.getEndWeek()).minusDays(1).isAfter(plan.getEndDate())) {
			return true;
		}
		return report(ProblemCode.STEP_AFTER_PLAN_END, Diagnostic.ERROR, planStep, UpskillPackage.Literals.PLAN_STEP__END_WEEK,
			"ends in week " + planStep.getEndWeek() + ", after the plan's end date " + plan.getEndDate(), diagnostics);
	}

	/**
	 * Validates the nonNegativeHoursLogged constraint of '<em>Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePlanStep_nonNegativeHoursLogged(PlanStep planStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (planStep.getHoursLogged() >= 0) {
			return true;
		}
		return report(ProblemCode.HOURS_LOGGED_NEGATIVE, Diagnostic.ERROR, planStep, UpskillPackage.Literals.PLAN_STEP__HOURS_LOGGED,
			"hours logged must not be negative", diagnostics);
	}

	/**
	 * Validates the logWithinTotal constraint of '<em>Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePlanStep_logWithinTotal(PlanStep planStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (planStep.getLog().isEmpty() || planStep.getHoursLogged() < 0) {
			return true; // a negative total is reported by nonNegativeHoursLogged
		}
		double logged = 0;
		for (LogEntry entry : planStep.getLog()) {
			if (!Double.isNaN(entry.getHours())) { // an entry that is no number is reported by nonNegativeHours
				logged += Math.max(0, entry.getHours());
			}
		}
		// A hundredth of an hour of slack: decimal hours do not add up exactly in binary.
		if (logged <= planStep.getHoursLogged() + 0.01) {
			return true;
		}
		return report(ProblemCode.LOG_EXCEEDS_TOTAL, Diagnostic.WARNING, planStep, UpskillPackage.Literals.PLAN_STEP__LOG,
			"the log entries add up to " + hours(logged) + " hours, more than the " + hours(planStep.getHoursLogged())
				+ " hours logged on the step (the total counts every entry)", diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLogEntry(LogEntry logEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(logEntry, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(logEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validateLogEntry_nonNegativeHours(logEntry, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeHours constraint of '<em>Log Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLogEntry_nonNegativeHours(LogEntry logEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (logEntry.getHours() >= 0 && !Double.isNaN(logEntry.getHours())) {
			return true;
		}
		return report(ProblemCode.LOG_HOURS_NEGATIVE, Diagnostic.ERROR, logEntry, UpskillPackage.Literals.LOG_ENTRY__HOURS,
			Double.isNaN(logEntry.getHours()) ? "hours must be a number" : "hours " + hours(logEntry.getHours()) + " must not be negative",
			diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeam(Team team, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(team, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(team, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(team, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueId(team, diagnostics, context);
		if (result || diagnostics != null) result &= validateTeam_membersAreProfiles(team, diagnostics, context);
		return result;
	}

	/**
	 * Validates the membersAreProfiles constraint of '<em>Team</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTeam_membersAreProfiles(Team team, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return teamMembers(team, UpskillPackage.Literals.TEAM__MEMBERS, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeamGroup(TeamGroup teamGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(teamGroup, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(teamGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateTeamGroup_membersAreProfiles(teamGroup, diagnostics, context);
		return result;
	}

	/**
	 * Validates the membersAreProfiles constraint of '<em>Team Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTeamGroup_membersAreProfiles(TeamGroup teamGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return teamMembers(teamGroup, UpskillPackage.Literals.TEAM_GROUP__MEMBERS, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkillKind(SkillKind skillKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImportance(Importance importance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceKind(ResourceKind resourceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessmentSource(AssessmentSource assessmentSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceKind(EvidenceKind evidenceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlanObjective(PlanObjective planObjective, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStepStatus(StepStatus stepStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIdentifier_Pattern(identifier, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIdentifier_Pattern
	 */
	public static final  PatternMatcher [][] IDENTIFIER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9_][A-Za-z0-9_.\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_Pattern(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(UpskillPackage.Literals.IDENTIFIER, identifier, IDENTIFIER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDate(LocalDate date, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/**
	 * Currencies are ISO 4217 codes: three capital letters.
	 */
	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	/**
	 * The ids of the models one validation walks, by root element, kept in the validation's context.
	 */
	private static final class IdIndex {
		final Map<EObject, Map<String, EObject>> byRoot = new IdentityHashMap<>();
	}

	/**
	 * The first element with the id in the model of {@code object} (in file order).
	 */
	private static EObject firstWithId(EObject object, String id, Map<Object, Object> context) {
		EObject root = EcoreUtil.getRootContainer(object);
		Map<String, EObject> ids = context == null ? ids(root)
			: ((IdIndex)context.computeIfAbsent(IdIndex.class, k -> new IdIndex())).byRoot.computeIfAbsent(root, UpskillValidator::ids);
		return ids.get(id);
	}

	private static Map<String, EObject> ids(EObject root) {
		Map<String, EObject> ids = new HashMap<>();
		if (root instanceof NamedElement named && named.getId() != null) {
			ids.put(named.getId(), root);
		}
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && named.getId() != null) {
				ids.putIfAbsent(named.getId(), named);
			}
		}
		return ids;
	}

	/**
	 * A level must be one of its skill's scale. A missing level or skill is reported by the
	 * required-value and reference checks instead.
	 */
	private boolean levelInScale(EObject owner, Skill skill, boolean set, int level, EAttribute feature, DiagnosticChain diagnostics) {
		if (!set || skill == null || skill.eIsProxy()) {
			return true;
		}
		ProficiencyScale scale = Scales.of(skill);
		if (scale == null) {
			return report(ProblemCode.SKILL_WITHOUT_SCALE, Diagnostic.ERROR, owner, feature,
				"the skill '" + skill.getId() + "' has no proficiency scale (its framework defines none)", diagnostics);
		}
		if (scale.getLevels().stream().anyMatch(l -> l.getValue() == level)) {
			return true;
		}
		return report(ProblemCode.LEVEL_NOT_IN_SCALE, Diagnostic.ERROR, owner, feature,
			"level " + level + " is not a level of the scale '" + scale.getId() + "' (" + Scales.describeRange(scale) + ")", diagnostics);
	}

	/**
	 * Every member of a team (or of one of its groups) must be a profile that can be read: the
	 * diagnostic names the member's file and says why it is not one (missing, unreadable, or
	 * another kind of file). Checked here rather than by {@link #validate_EveryProxyResolves}, which
	 * leaves these references to this rule.
	 */
	private static boolean teamMembers(EObject owner, EReference feature, DiagnosticChain diagnostics) {
		boolean result = true;
		for (Object member : ((InternalEList<?>)owner.eGet(feature, false)).basicList()) {
			EObject target = member instanceof EObject object && object.eIsProxy() ? EcoreUtil.resolve(object, owner) : (EObject)member;
			if (target instanceof Profile && !target.eIsProxy()) {
				continue;
			}
			String file = Reasons.memberFile(owner, member instanceof EObject object ? object : null);
			if (target == null || target.eIsProxy()) {
				result = report(ProblemCode.TEAM_MEMBER_UNREADABLE, Diagnostic.ERROR, owner, feature,
					"the member " + file + " cannot be read: " + Reasons.memberUnreadable(owner, (EObject)member), diagnostics);
			} else {
				result = report(ProblemCode.TEAM_MEMBER_NOT_PROFILE, Diagnostic.ERROR, owner, feature,
					"the member " + file + " is not a profile: it is " + Labels.of(target), diagnostics);
			}
			if (diagnostics == null) {
				return false;
			}
		}
		return result;
	}

	/**
	 * Adds a diagnostic of this package: its code is the {@link ProblemCode}'s value, its data the
	 * element and, when there is one, the feature concerned. The message names the rule, not the
	 * element: {@link Labels} names that.
	 */
	private static boolean report(ProblemCode code, int severity, EObject object, EStructuralFeature feature, String message, DiagnosticChain diagnostics) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code.value(), message,
				feature == null ? new Object[] { object } : new Object[] { object, feature }));
		}
		return false;
	}

	/**
	 * Hours as people write them: {@code 6}, {@code 2.5}.
	 */
	private static String hours(double hours) {
		return hours == Math.rint(hours) ? Long.toString((long)hours) : Double.toString(Math.round(hours * 100) / 100.0);
	}

	/**
	 * Ids are checked by the {@code uniqueId} constraint of named elements, which says which element
	 * uses the id first; EMF's own check would report the same duplicate a second time.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Every reference must name an element of a file that can be read; the diagnostic says which
	 * element is missing from which file, and why that file could not be read.
	 */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (isTeam(eObject)) {
			return true; // the membersAreProfiles rule says why a member is not a readable profile
		}
		boolean result = true;
		for (EContentsEList.FeatureIterator<EObject> refs = (EContentsEList.FeatureIterator<EObject>)eObject.eCrossReferences().iterator(); refs.hasNext();) {
			EObject target = refs.next(); // resolves, loading the referenced file if needed
			if (target.eIsProxy()) {
				EReference reference = (EReference)refs.feature();
				result = report(ProblemCode.UNRESOLVED_REFERENCE, Diagnostic.ERROR, eObject, reference,
					Reasons.unresolved(eObject, reference, target), diagnostics);
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return result;
	}

	/**
	 * A team's only cross-references are its members, checked by the {@code membersAreProfiles}
	 * rule without resolving them in place: EMF's own checks would resolve each one into the
	 * list of profiles, which throws when a member names a plan or a framework.
	 */
	@Override
	public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return isTeam(eObject) || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
	}

	private static boolean isTeam(EObject eObject) {
		return eObject instanceof Team || eObject instanceof TeamGroup;
	}

} //UpskillValidator
