/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Evidence;
import dev.upskill.model.EvidenceKind;
import dev.upskill.model.ExchangeRate;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.LogEntry;
import dev.upskill.model.NamedElement;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;
import dev.upskill.model.Team;
import dev.upskill.model.TeamGroup;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage;

import dev.upskill.model.util.UpskillValidator;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class UpskillPackageImpl extends EPackageImpl implements UpskillPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass proficiencyScaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass proficiencyLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillGainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass skillAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exchangeRateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum skillKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum importanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planObjectiveEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType identifierEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.upskill.model.UpskillPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private UpskillPackageImpl() {
		super(eNS_URI, UpskillFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link UpskillPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static UpskillPackage init() {
		if (isInited) return (UpskillPackage)EPackage.Registry.INSTANCE.getEPackage(UpskillPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredUpskillPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		UpskillPackageImpl theUpskillPackage = registeredUpskillPackage instanceof UpskillPackageImpl ? (UpskillPackageImpl)registeredUpskillPackage : new UpskillPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theUpskillPackage.createPackageContents();

		// Initialize created meta-data
		theUpskillPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theUpskillPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return UpskillValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theUpskillPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(UpskillPackage.eNS_URI, theUpskillPackage);
		return theUpskillPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Id() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFramework() {
		return frameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Version() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Publisher() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_SourceUri() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Licence() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Scales() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Categories() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Skills() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Roles() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Resources() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProficiencyScale() {
		return proficiencyScaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProficiencyScale_Levels() {
		return (EReference)proficiencyScaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProficiencyLevel() {
		return proficiencyLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProficiencyLevel_Value() {
		return (EAttribute)proficiencyLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProficiencyLevel_Name() {
		return (EAttribute)proficiencyLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProficiencyLevel_Descriptor() {
		return (EAttribute)proficiencyLevelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillCategory() {
		return skillCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillCategory_Subcategories() {
		return (EReference)skillCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillCategory_Facets() {
		return (EAttribute)skillCategoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkill() {
		return skillEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkill_Kind() {
		return (EAttribute)skillEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkill_Category() {
		return (EReference)skillEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkill_Aliases() {
		return (EAttribute)skillEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkill_RequiresContext() {
		return (EAttribute)skillEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkill_Related() {
		return (EReference)skillEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkill_Prerequisites() {
		return (EReference)skillEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkill_Scale() {
		return (EReference)skillEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkill_SourceUri() {
		return (EAttribute)skillEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkill_Facets() {
		return (EAttribute)skillEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole() {
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Family() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_RelatedRoles() {
		return (EReference)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Requirements() {
		return (EReference)roleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_SourceUri() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Facets() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillRequirement() {
		return skillRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillRequirement_Skill() {
		return (EReference)skillRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillRequirement_Level() {
		return (EAttribute)skillRequirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillRequirement_Importance() {
		return (EAttribute)skillRequirementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillRequirement_Weight() {
		return (EAttribute)skillRequirementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningResource() {
		return learningResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Kind() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Provider() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Url() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Cost() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Currency() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Hours() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Estimate() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningResource_Gains() {
		return (EReference)learningResourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningResource_Prerequisites() {
		return (EReference)learningResourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningResource_RequiredResources() {
		return (EReference)learningResourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillGain() {
		return skillGainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillGain_Skill() {
		return (EReference)skillGainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillGain_Level() {
		return (EAttribute)skillGainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfile() {
		return profileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfile_Person() {
		return (EAttribute)profileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfile_CurrentRole() {
		return (EReference)profileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfile_CurrentRoleTitle() {
		return (EAttribute)profileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfile_TargetRoles() {
		return (EReference)profileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfile_WeeklyHours() {
		return (EAttribute)profileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfile_Budget() {
		return (EAttribute)profileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfile_Currency() {
		return (EAttribute)profileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfile_Assessments() {
		return (EReference)profileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSkillAssessment() {
		return skillAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillAssessment_Skill() {
		return (EReference)skillAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillAssessment_Level() {
		return (EAttribute)skillAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillAssessment_Date() {
		return (EAttribute)skillAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillAssessment_Source() {
		return (EAttribute)skillAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillAssessment_Assessor() {
		return (EAttribute)skillAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSkillAssessment_Note() {
		return (EAttribute)skillAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSkillAssessment_Evidence() {
		return (EReference)skillAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Kind() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Title() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Url() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Date() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningPlan() {
		return learningPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPlan_Profile() {
		return (EReference)learningPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPlan_TargetRole() {
		return (EReference)learningPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPlan_OtherTargetRoles() {
		return (EReference)learningPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_StartDate() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_EndDate() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_WeeklyHours() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_Budget() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_Currency() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPlan_Steps() {
		return (EReference)learningPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_Objective() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_MaxParallel() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPlan_IncludeOptional() {
		return (EAttribute)learningPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPlan_Rates() {
		return (EReference)learningPlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExchangeRate() {
		return exchangeRateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeRate_Currency() {
		return (EAttribute)exchangeRateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeRate_Rate() {
		return (EAttribute)exchangeRateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanStep() {
		return planStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanStep_Resource() {
		return (EReference)planStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanStep_StartWeek() {
		return (EAttribute)planStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanStep_EndWeek() {
		return (EAttribute)planStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanStep_Status() {
		return (EAttribute)planStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanStep_HoursLogged() {
		return (EAttribute)planStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanStep_Note() {
		return (EAttribute)planStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanStep_Log() {
		return (EReference)planStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogEntry() {
		return logEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogEntry_Date() {
		return (EAttribute)logEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogEntry_Hours() {
		return (EAttribute)logEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogEntry_Note() {
		return (EAttribute)logEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeam() {
		return teamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Members() {
		return (EReference)teamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Groups() {
		return (EReference)teamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeamGroup() {
		return teamGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeamGroup_Name() {
		return (EAttribute)teamGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeamGroup_Members() {
		return (EReference)teamGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSkillKind() {
		return skillKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImportance() {
		return importanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResourceKind() {
		return resourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentSource() {
		return assessmentSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanObjective() {
		return planObjectiveEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepStatus() {
		return stepStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIdentifier() {
		return identifierEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpskillFactory getUpskillFactory() {
		return (UpskillFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__ID);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		frameworkEClass = createEClass(FRAMEWORK);
		createEAttribute(frameworkEClass, FRAMEWORK__VERSION);
		createEAttribute(frameworkEClass, FRAMEWORK__PUBLISHER);
		createEAttribute(frameworkEClass, FRAMEWORK__SOURCE_URI);
		createEAttribute(frameworkEClass, FRAMEWORK__LICENCE);
		createEReference(frameworkEClass, FRAMEWORK__SCALES);
		createEReference(frameworkEClass, FRAMEWORK__CATEGORIES);
		createEReference(frameworkEClass, FRAMEWORK__SKILLS);
		createEReference(frameworkEClass, FRAMEWORK__ROLES);
		createEReference(frameworkEClass, FRAMEWORK__RESOURCES);

		proficiencyScaleEClass = createEClass(PROFICIENCY_SCALE);
		createEReference(proficiencyScaleEClass, PROFICIENCY_SCALE__LEVELS);

		proficiencyLevelEClass = createEClass(PROFICIENCY_LEVEL);
		createEAttribute(proficiencyLevelEClass, PROFICIENCY_LEVEL__VALUE);
		createEAttribute(proficiencyLevelEClass, PROFICIENCY_LEVEL__NAME);
		createEAttribute(proficiencyLevelEClass, PROFICIENCY_LEVEL__DESCRIPTOR);

		skillCategoryEClass = createEClass(SKILL_CATEGORY);
		createEReference(skillCategoryEClass, SKILL_CATEGORY__SUBCATEGORIES);
		createEAttribute(skillCategoryEClass, SKILL_CATEGORY__FACETS);

		skillEClass = createEClass(SKILL);
		createEAttribute(skillEClass, SKILL__KIND);
		createEReference(skillEClass, SKILL__CATEGORY);
		createEAttribute(skillEClass, SKILL__ALIASES);
		createEAttribute(skillEClass, SKILL__REQUIRES_CONTEXT);
		createEReference(skillEClass, SKILL__RELATED);
		createEReference(skillEClass, SKILL__PREREQUISITES);
		createEReference(skillEClass, SKILL__SCALE);
		createEAttribute(skillEClass, SKILL__SOURCE_URI);
		createEAttribute(skillEClass, SKILL__FACETS);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__FAMILY);
		createEReference(roleEClass, ROLE__RELATED_ROLES);
		createEReference(roleEClass, ROLE__REQUIREMENTS);
		createEAttribute(roleEClass, ROLE__SOURCE_URI);
		createEAttribute(roleEClass, ROLE__FACETS);

		skillRequirementEClass = createEClass(SKILL_REQUIREMENT);
		createEReference(skillRequirementEClass, SKILL_REQUIREMENT__SKILL);
		createEAttribute(skillRequirementEClass, SKILL_REQUIREMENT__LEVEL);
		createEAttribute(skillRequirementEClass, SKILL_REQUIREMENT__IMPORTANCE);
		createEAttribute(skillRequirementEClass, SKILL_REQUIREMENT__WEIGHT);

		learningResourceEClass = createEClass(LEARNING_RESOURCE);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__KIND);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__PROVIDER);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__URL);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__COST);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__CURRENCY);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__HOURS);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__ESTIMATE);
		createEReference(learningResourceEClass, LEARNING_RESOURCE__GAINS);
		createEReference(learningResourceEClass, LEARNING_RESOURCE__PREREQUISITES);
		createEReference(learningResourceEClass, LEARNING_RESOURCE__REQUIRED_RESOURCES);

		skillGainEClass = createEClass(SKILL_GAIN);
		createEReference(skillGainEClass, SKILL_GAIN__SKILL);
		createEAttribute(skillGainEClass, SKILL_GAIN__LEVEL);

		profileEClass = createEClass(PROFILE);
		createEAttribute(profileEClass, PROFILE__PERSON);
		createEReference(profileEClass, PROFILE__CURRENT_ROLE);
		createEAttribute(profileEClass, PROFILE__CURRENT_ROLE_TITLE);
		createEReference(profileEClass, PROFILE__TARGET_ROLES);
		createEAttribute(profileEClass, PROFILE__WEEKLY_HOURS);
		createEAttribute(profileEClass, PROFILE__BUDGET);
		createEAttribute(profileEClass, PROFILE__CURRENCY);
		createEReference(profileEClass, PROFILE__ASSESSMENTS);

		skillAssessmentEClass = createEClass(SKILL_ASSESSMENT);
		createEReference(skillAssessmentEClass, SKILL_ASSESSMENT__SKILL);
		createEAttribute(skillAssessmentEClass, SKILL_ASSESSMENT__LEVEL);
		createEAttribute(skillAssessmentEClass, SKILL_ASSESSMENT__DATE);
		createEAttribute(skillAssessmentEClass, SKILL_ASSESSMENT__SOURCE);
		createEAttribute(skillAssessmentEClass, SKILL_ASSESSMENT__ASSESSOR);
		createEAttribute(skillAssessmentEClass, SKILL_ASSESSMENT__NOTE);
		createEReference(skillAssessmentEClass, SKILL_ASSESSMENT__EVIDENCE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__KIND);
		createEAttribute(evidenceEClass, EVIDENCE__TITLE);
		createEAttribute(evidenceEClass, EVIDENCE__URL);
		createEAttribute(evidenceEClass, EVIDENCE__DATE);

		learningPlanEClass = createEClass(LEARNING_PLAN);
		createEReference(learningPlanEClass, LEARNING_PLAN__PROFILE);
		createEReference(learningPlanEClass, LEARNING_PLAN__TARGET_ROLE);
		createEReference(learningPlanEClass, LEARNING_PLAN__OTHER_TARGET_ROLES);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__START_DATE);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__END_DATE);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__WEEKLY_HOURS);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__BUDGET);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__CURRENCY);
		createEReference(learningPlanEClass, LEARNING_PLAN__STEPS);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__OBJECTIVE);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__MAX_PARALLEL);
		createEAttribute(learningPlanEClass, LEARNING_PLAN__INCLUDE_OPTIONAL);
		createEReference(learningPlanEClass, LEARNING_PLAN__RATES);

		exchangeRateEClass = createEClass(EXCHANGE_RATE);
		createEAttribute(exchangeRateEClass, EXCHANGE_RATE__CURRENCY);
		createEAttribute(exchangeRateEClass, EXCHANGE_RATE__RATE);

		planStepEClass = createEClass(PLAN_STEP);
		createEReference(planStepEClass, PLAN_STEP__RESOURCE);
		createEAttribute(planStepEClass, PLAN_STEP__START_WEEK);
		createEAttribute(planStepEClass, PLAN_STEP__END_WEEK);
		createEAttribute(planStepEClass, PLAN_STEP__STATUS);
		createEAttribute(planStepEClass, PLAN_STEP__HOURS_LOGGED);
		createEAttribute(planStepEClass, PLAN_STEP__NOTE);
		createEReference(planStepEClass, PLAN_STEP__LOG);

		logEntryEClass = createEClass(LOG_ENTRY);
		createEAttribute(logEntryEClass, LOG_ENTRY__DATE);
		createEAttribute(logEntryEClass, LOG_ENTRY__HOURS);
		createEAttribute(logEntryEClass, LOG_ENTRY__NOTE);

		teamEClass = createEClass(TEAM);
		createEReference(teamEClass, TEAM__MEMBERS);
		createEReference(teamEClass, TEAM__GROUPS);

		teamGroupEClass = createEClass(TEAM_GROUP);
		createEAttribute(teamGroupEClass, TEAM_GROUP__NAME);
		createEReference(teamGroupEClass, TEAM_GROUP__MEMBERS);

		// Create enums
		skillKindEEnum = createEEnum(SKILL_KIND);
		importanceEEnum = createEEnum(IMPORTANCE);
		resourceKindEEnum = createEEnum(RESOURCE_KIND);
		assessmentSourceEEnum = createEEnum(ASSESSMENT_SOURCE);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		planObjectiveEEnum = createEEnum(PLAN_OBJECTIVE);
		stepStatusEEnum = createEEnum(STEP_STATUS);

		// Create data types
		identifierEDataType = createEDataType(IDENTIFIER);
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		frameworkEClass.getESuperTypes().add(this.getNamedElement());
		proficiencyScaleEClass.getESuperTypes().add(this.getNamedElement());
		skillCategoryEClass.getESuperTypes().add(this.getNamedElement());
		skillEClass.getESuperTypes().add(this.getNamedElement());
		roleEClass.getESuperTypes().add(this.getNamedElement());
		learningResourceEClass.getESuperTypes().add(this.getNamedElement());
		profileEClass.getESuperTypes().add(this.getNamedElement());
		learningPlanEClass.getESuperTypes().add(this.getNamedElement());
		teamEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Id(), this.getIdentifier(), "id", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(frameworkEClass, Framework.class, "Framework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFramework_Version(), ecorePackage.getEString(), "version", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_SourceUri(), ecorePackage.getEString(), "sourceUri", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Scales(), this.getProficiencyScale(), null, "scales", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Categories(), this.getSkillCategory(), null, "categories", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Skills(), this.getSkill(), null, "skills", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Roles(), this.getRole(), null, "roles", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Resources(), this.getLearningResource(), null, "resources", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(proficiencyScaleEClass, ProficiencyScale.class, "ProficiencyScale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProficiencyScale_Levels(), this.getProficiencyLevel(), null, "levels", null, 0, -1, ProficiencyScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(proficiencyLevelEClass, ProficiencyLevel.class, "ProficiencyLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProficiencyLevel_Value(), ecorePackage.getEInt(), "value", null, 1, 1, ProficiencyLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProficiencyLevel_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProficiencyLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProficiencyLevel_Descriptor(), ecorePackage.getEString(), "descriptor", null, 0, 1, ProficiencyLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(skillCategoryEClass, SkillCategory.class, "SkillCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSkillCategory_Subcategories(), this.getSkillCategory(), null, "subcategories", null, 0, -1, SkillCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillCategory_Facets(), ecorePackage.getEString(), "facets", null, 0, -1, SkillCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(skillEClass, Skill.class, "Skill", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSkill_Kind(), this.getSkillKind(), "kind", null, 0, 1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSkill_Category(), this.getSkillCategory(), null, "category", null, 0, 1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkill_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkill_RequiresContext(), ecorePackage.getEString(), "requiresContext", null, 0, -1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSkill_Related(), this.getSkill(), null, "related", null, 0, -1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSkill_Prerequisites(), this.getSkill(), null, "prerequisites", null, 0, -1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSkill_Scale(), this.getProficiencyScale(), null, "scale", null, 0, 1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkill_SourceUri(), ecorePackage.getEString(), "sourceUri", null, 0, 1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkill_Facets(), ecorePackage.getEString(), "facets", null, 0, -1, Skill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRole_Family(), ecorePackage.getEString(), "family", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRole_RelatedRoles(), this.getRole(), null, "relatedRoles", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRole_Requirements(), this.getSkillRequirement(), null, "requirements", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_SourceUri(), ecorePackage.getEString(), "sourceUri", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Facets(), ecorePackage.getEString(), "facets", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(skillRequirementEClass, SkillRequirement.class, "SkillRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSkillRequirement_Skill(), this.getSkill(), null, "skill", null, 1, 1, SkillRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillRequirement_Level(), ecorePackage.getEInt(), "level", null, 1, 1, SkillRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillRequirement_Importance(), this.getImportance(), "importance", null, 0, 1, SkillRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillRequirement_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, SkillRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learningResourceEClass, LearningResource.class, "LearningResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearningResource_Kind(), this.getResourceKind(), "kind", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Url(), ecorePackage.getEString(), "url", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Cost(), ecorePackage.getEBigDecimal(), "cost", "0", 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Currency(), ecorePackage.getEString(), "currency", "USD", 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Hours(), ecorePackage.getEDouble(), "hours", "0.0", 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Estimate(), ecorePackage.getEBoolean(), "estimate", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningResource_Gains(), this.getSkillGain(), null, "gains", null, 0, -1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningResource_Prerequisites(), this.getSkillGain(), null, "prerequisites", null, 0, -1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningResource_RequiredResources(), this.getLearningResource(), null, "requiredResources", null, 0, -1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(skillGainEClass, SkillGain.class, "SkillGain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSkillGain_Skill(), this.getSkill(), null, "skill", null, 1, 1, SkillGain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillGain_Level(), ecorePackage.getEInt(), "level", null, 1, 1, SkillGain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profileEClass, Profile.class, "Profile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProfile_Person(), ecorePackage.getEString(), "person", null, 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProfile_CurrentRole(), this.getRole(), null, "currentRole", null, 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfile_CurrentRoleTitle(), ecorePackage.getEString(), "currentRoleTitle", null, 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProfile_TargetRoles(), this.getRole(), null, "targetRoles", null, 0, -1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfile_WeeklyHours(), ecorePackage.getEDouble(), "weeklyHours", "5.0", 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfile_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfile_Currency(), ecorePackage.getEString(), "currency", "USD", 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProfile_Assessments(), this.getSkillAssessment(), null, "assessments", null, 0, -1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(skillAssessmentEClass, SkillAssessment.class, "SkillAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSkillAssessment_Skill(), this.getSkill(), null, "skill", null, 1, 1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillAssessment_Level(), ecorePackage.getEInt(), "level", null, 1, 1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillAssessment_Date(), this.getDate(), "date", null, 1, 1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillAssessment_Source(), this.getAssessmentSource(), "source", null, 0, 1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillAssessment_Assessor(), ecorePackage.getEString(), "assessor", null, 0, 1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSkillAssessment_Note(), ecorePackage.getEString(), "note", null, 0, 1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSkillAssessment_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, SkillAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Kind(), this.getEvidenceKind(), "kind", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Title(), ecorePackage.getEString(), "title", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Url(), ecorePackage.getEString(), "url", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Date(), this.getDate(), "date", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learningPlanEClass, LearningPlan.class, "LearningPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLearningPlan_Profile(), this.getProfile(), null, "profile", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningPlan_TargetRole(), this.getRole(), null, "targetRole", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningPlan_OtherTargetRoles(), this.getRole(), null, "otherTargetRoles", null, 0, -1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_StartDate(), this.getDate(), "startDate", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_EndDate(), this.getDate(), "endDate", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_WeeklyHours(), ecorePackage.getEDouble(), "weeklyHours", "5.0", 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_Currency(), ecorePackage.getEString(), "currency", "USD", 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningPlan_Steps(), this.getPlanStep(), null, "steps", null, 0, -1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_Objective(), this.getPlanObjective(), "objective", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_MaxParallel(), ecorePackage.getEInt(), "maxParallel", "2", 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningPlan_IncludeOptional(), ecorePackage.getEBoolean(), "includeOptional", null, 0, 1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningPlan_Rates(), this.getExchangeRate(), null, "rates", null, 0, -1, LearningPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exchangeRateEClass, ExchangeRate.class, "ExchangeRate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExchangeRate_Currency(), ecorePackage.getEString(), "currency", null, 1, 1, ExchangeRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchangeRate_Rate(), ecorePackage.getEBigDecimal(), "rate", null, 1, 1, ExchangeRate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planStepEClass, PlanStep.class, "PlanStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanStep_Resource(), this.getLearningResource(), null, "resource", null, 1, 1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanStep_StartWeek(), ecorePackage.getEInt(), "startWeek", "1", 0, 1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanStep_EndWeek(), ecorePackage.getEInt(), "endWeek", "1", 0, 1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanStep_Status(), this.getStepStatus(), "status", null, 0, 1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanStep_HoursLogged(), ecorePackage.getEDouble(), "hoursLogged", "0.0", 0, 1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanStep_Note(), ecorePackage.getEString(), "note", null, 0, 1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanStep_Log(), this.getLogEntry(), null, "log", null, 0, -1, PlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logEntryEClass, LogEntry.class, "LogEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogEntry_Date(), this.getDate(), "date", null, 1, 1, LogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogEntry_Hours(), ecorePackage.getEDouble(), "hours", "0.0", 0, 1, LogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogEntry_Note(), ecorePackage.getEString(), "note", null, 0, 1, LogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamEClass, Team.class, "Team", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTeam_Members(), this.getProfile(), null, "members", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_Groups(), this.getTeamGroup(), null, "groups", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamGroupEClass, TeamGroup.class, "TeamGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeamGroup_Name(), ecorePackage.getEString(), "name", null, 1, 1, TeamGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeamGroup_Members(), this.getProfile(), null, "members", null, 0, -1, TeamGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(skillKindEEnum, SkillKind.class, "SkillKind");
		addEEnumLiteral(skillKindEEnum, SkillKind.SKILL);
		addEEnumLiteral(skillKindEEnum, SkillKind.KNOWLEDGE);
		addEEnumLiteral(skillKindEEnum, SkillKind.TOOL);
		addEEnumLiteral(skillKindEEnum, SkillKind.TRANSVERSAL);

		initEEnum(importanceEEnum, Importance.class, "Importance");
		addEEnumLiteral(importanceEEnum, Importance.ESSENTIAL);
		addEEnumLiteral(importanceEEnum, Importance.OPTIONAL);

		initEEnum(resourceKindEEnum, ResourceKind.class, "ResourceKind");
		addEEnumLiteral(resourceKindEEnum, ResourceKind.COURSE);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.BOOK);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.PROJECT);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.COMPETITION);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.BOOTCAMP);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.MENTORING);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.MEETUP);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.CERTIFICATION);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.ARTICLE);

		initEEnum(assessmentSourceEEnum, AssessmentSource.class, "AssessmentSource");
		addEEnumLiteral(assessmentSourceEEnum, AssessmentSource.SELF);
		addEEnumLiteral(assessmentSourceEEnum, AssessmentSource.PEER);
		addEEnumLiteral(assessmentSourceEEnum, AssessmentSource.MANAGER);
		addEEnumLiteral(assessmentSourceEEnum, AssessmentSource.TEST);
		addEEnumLiteral(assessmentSourceEEnum, AssessmentSource.EVIDENCE);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind");
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.CERTIFICATE);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PROJECT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.LINK);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OTHER);

		initEEnum(planObjectiveEEnum, PlanObjective.class, "PlanObjective");
		addEEnumLiteral(planObjectiveEEnum, PlanObjective.HOURS);
		addEEnumLiteral(planObjectiveEEnum, PlanObjective.COST);
		addEEnumLiteral(planObjectiveEEnum, PlanObjective.FINISH);

		initEEnum(stepStatusEEnum, StepStatus.class, "StepStatus");
		addEEnumLiteral(stepStatusEEnum, StepStatus.PLANNED);
		addEEnumLiteral(stepStatusEEnum, StepStatus.IN_PROGRESS);
		addEEnumLiteral(stepStatusEEnum, StepStatus.DONE);
		addEEnumLiteral(stepStatusEEnum, StepStatus.DROPPED);

		// Initialize data types
		initEDataType(identifierEDataType, String.class, "Identifier", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "The Upskill Workbench domain: competency frameworks (scales, categories, skills, roles, learning resources), personal profiles with dated assessments, and learning plans. Files: *.framework (Framework), *.profile (Profile), *.plan (LearningPlan), *.team (Team). Elements refer to each other across files by stable identifiers."
		   });
		addAnnotation
		  (namedElementEClass,
		   source,
		   new String[] {
			   "documentation", "Common base of everything that other files refer to: a stable identifier, a display name and a description. Identifiers are unique within their file, never contain a colon or white space (see the Identifier data type), and survive renames, so profiles, plans and other frameworks can refer to the element across files and versions."
		   });
		addAnnotation
		  (getNamedElement_Id(),
		   source,
		   new String[] {
			   "documentation", "Stable identifier, unique within the file. Used as the XML ID and as the fragment of cross-file references (for example ai.framework#skill.python)."
		   });
		addAnnotation
		  (getNamedElement_Name(),
		   source,
		   new String[] {
			   "documentation", "Display name in the user\'s language."
		   });
		addAnnotation
		  (getNamedElement_Description(),
		   source,
		   new String[] {
			   "documentation", "Free-text description."
		   });
		addAnnotation
		  (frameworkEClass,
		   source,
		   new String[] {
			   "documentation", "Root of a *.framework file: a competency framework (a company\'s, a standard such as ESCO or SFIA, or the built-in AI-upskilling framework) with its proficiency scales, skill categories, skills, roles and learning resources."
		   });
		addAnnotation
		  (getFramework_Version(),
		   source,
		   new String[] {
			   "documentation", "Version of the framework\'s content, as its publisher names it (for example 2025.1)."
		   });
		addAnnotation
		  (getFramework_Publisher(),
		   source,
		   new String[] {
			   "documentation", "Who publishes the framework (organization or person)."
		   });
		addAnnotation
		  (getFramework_SourceUri(),
		   source,
		   new String[] {
			   "documentation", "Where the content comes from (web page, data set URI). Kept apart from the id because source URIs contain colons."
		   });
		addAnnotation
		  (getFramework_Licence(),
		   source,
		   new String[] {
			   "documentation", "Licence of the content, as an SPDX identifier or short text (for example CC-BY-4.0)."
		   });
		addAnnotation
		  (getFramework_Scales(),
		   source,
		   new String[] {
			   "documentation", "Proficiency scales used by the skills of this framework. The first one is the default scale."
		   });
		addAnnotation
		  (getFramework_Categories(),
		   source,
		   new String[] {
			   "documentation", "Top-level skill categories; categories nest."
		   });
		addAnnotation
		  (getFramework_Skills(),
		   source,
		   new String[] {
			   "documentation", "Skills, knowledge areas, tools and transversal competences of the framework."
		   });
		addAnnotation
		  (getFramework_Roles(),
		   source,
		   new String[] {
			   "documentation", "Roles (occupations, job profiles) with their skill requirements."
		   });
		addAnnotation
		  (getFramework_Resources(),
		   source,
		   new String[] {
			   "documentation", "Learning resources that teach the framework\'s skills."
		   });
		addAnnotation
		  (proficiencyScaleEClass,
		   source,
		   new String[] {
			   "documentation", "An ordered scale of proficiency levels (for example 0-5, SFIA 1-7, O*NET 0-7). Levels of different scales are compared after normalising each to the fraction of its scale\'s range."
		   });
		addAnnotation
		  (getProficiencyScale_Levels(),
		   source,
		   new String[] {
			   "documentation", "The levels of the scale, in increasing order of proficiency."
		   });
		addAnnotation
		  (proficiencyLevelEClass,
		   source,
		   new String[] {
			   "documentation", "One level of a proficiency scale."
		   });
		addAnnotation
		  (getProficiencyLevel_Value(),
		   source,
		   new String[] {
			   "documentation", "Numeric value of the level; values increase with proficiency and are unique within the scale."
		   });
		addAnnotation
		  (getProficiencyLevel_Name(),
		   source,
		   new String[] {
			   "documentation", "Short name of the level (for example Practitioner)."
		   });
		addAnnotation
		  (getProficiencyLevel_Descriptor(),
		   source,
		   new String[] {
			   "documentation", "What a person at this level can do: the behavioural descriptor used when assessing."
		   });
		addAnnotation
		  (skillCategoryEClass,
		   source,
		   new String[] {
			   "documentation", "A node in the tree of skill categories (for example Data engineering > SQL and ingestion)."
		   });
		addAnnotation
		  (getSkillCategory_Subcategories(),
		   source,
		   new String[] {
			   "documentation", "Nested categories."
		   });
		addAnnotation
		  (getSkillCategory_Facets(),
		   source,
		   new String[] {
			   "documentation", "Facets that every skill of the category (and of its subcategories) has; see Skill.facets."
		   });
		addAnnotation
		  (skillKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What kind of competence a skill is, following ESCO\'s distinction."
		   });
		addAnnotation
		  (skillKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "An ability to apply knowledge to complete tasks (for example feature engineering)."
		   });
		addAnnotation
		  (skillKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A body of facts, principles and theories (for example statistics)."
		   });
		addAnnotation
		  (skillKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Proficiency with a specific tool, language or platform (for example Docker, MLflow)."
		   });
		addAnnotation
		  (skillKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A transferable competence (for example explaining model results to non-technical stakeholders)."
		   });
		addAnnotation
		  (skillEClass,
		   source,
		   new String[] {
			   "documentation", "A skill, knowledge area, tool or transversal competence that roles require and learning resources teach."
		   });
		addAnnotation
		  (getSkill_Kind(),
		   source,
		   new String[] {
			   "documentation", "What kind of competence this is."
		   });
		addAnnotation
		  (getSkill_Category(),
		   source,
		   new String[] {
			   "documentation", "The category the skill belongs to."
		   });
		addAnnotation
		  (getSkill_Aliases(),
		   source,
		   new String[] {
			   "documentation", "Other names and keywords job postings use for this skill (for example k8s for Kubernetes); used for deterministic job-posting matching."
		   });
		addAnnotation
		  (getSkill_RequiresContext(),
		   source,
		   new String[] {
			   "documentation", "Names and aliases of this skill that are also ordinary words (Go, R, C, Excel, Helm): job-posting matching counts them only in a technical context (in a list of technologies, or near a skill that needs none), and, when written here with a capital, only when the posting writes them the same way. A word given here that is neither the name nor an alias is matched as an alias too."
		   });
		addAnnotation
		  (getSkill_Related(),
		   source,
		   new String[] {
			   "documentation", "Skills that are related (for example adjacent tools)."
		   });
		addAnnotation
		  (getSkill_Prerequisites(),
		   source,
		   new String[] {
			   "documentation", "Skills one should have before learning this one."
		   });
		addAnnotation
		  (getSkill_Scale(),
		   source,
		   new String[] {
			   "documentation", "The scale on which levels of this skill are expressed; when unset, the framework\'s first scale."
		   });
		addAnnotation
		  (getSkill_SourceUri(),
		   source,
		   new String[] {
			   "documentation", "URI of the skill in its source data set (for example an ESCO concept URI)."
		   });
		addAnnotation
		  (getSkill_Facets(),
		   source,
		   new String[] {
			   "documentation", "What the skill is about, as plain words shared by every framework, for plan checks and reports: for example data, infrastructure, communication, mlops, algorithms. A skill also has the facets of its category and of the category\'s parents."
		   });
		addAnnotation
		  (importanceEEnum,
		   source,
		   new String[] {
			   "documentation", "How much a requirement matters for a role."
		   });
		addAnnotation
		  (importanceEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The role cannot be done without the skill; gaps weigh more."
		   });
		addAnnotation
		  (importanceEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "The skill helps but is not required; it can raise a fit score, never lower it below what the essentials give."
		   });
		addAnnotation
		  (roleEClass,
		   source,
		   new String[] {
			   "documentation", "A role (occupation or job profile) defined by the skills it requires at given levels."
		   });
		addAnnotation
		  (getRole_Family(),
		   source,
		   new String[] {
			   "documentation", "Role family for grouping (for example Data and AI, Marketing)."
		   });
		addAnnotation
		  (getRole_RelatedRoles(),
		   source,
		   new String[] {
			   "documentation", "Roles people often move to or from (adjacent roles)."
		   });
		addAnnotation
		  (getRole_Requirements(),
		   source,
		   new String[] {
			   "documentation", "The skills the role requires, each at a level, with importance and weight."
		   });
		addAnnotation
		  (getRole_SourceUri(),
		   source,
		   new String[] {
			   "documentation", "URI of the role in its source data set (for example an ESCO occupation URI)."
		   });
		addAnnotation
		  (getRole_Facets(),
		   source,
		   new String[] {
			   "documentation", "What the role does, as plain words for plan checks: for example deploys-models for roles that put models into production."
		   });
		addAnnotation
		  (skillRequirementEClass,
		   source,
		   new String[] {
			   "documentation", "A role\'s requirement of one skill at a level."
		   });
		addAnnotation
		  (getSkillRequirement_Skill(),
		   source,
		   new String[] {
			   "documentation", "The required skill (possibly in another framework)."
		   });
		addAnnotation
		  (getSkillRequirement_Level(),
		   source,
		   new String[] {
			   "documentation", "Required level, on the skill\'s scale."
		   });
		addAnnotation
		  (getSkillRequirement_Importance(),
		   source,
		   new String[] {
			   "documentation", "Essential or optional."
		   });
		addAnnotation
		  (getSkillRequirement_Weight(),
		   source,
		   new String[] {
			   "documentation", "Relative weight of the requirement within the role (default 1)."
		   });
		addAnnotation
		  (resourceKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The learning channel of a resource."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "An online or classroom course (for example fast.ai, Coursera)."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A book."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A portfolio project on real data (for example a deployed model behind a small web app)."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A competition (for example on Kaggle)."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "An intensive paid programme."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "Mentoring or coaching by a practitioner."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "A meetup, community or networking activity."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "documentation", "A certification exam and its preparation."
		   });
		addAnnotation
		  (resourceKindEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "documentation", "An article, tutorial or documentation page."
		   });
		addAnnotation
		  (learningResourceEClass,
		   source,
		   new String[] {
			   "documentation", "Something a person can do to gain skills: a course, book, project, competition, bootcamp, mentoring, meetup, certification or article, with its cost and effort."
		   });
		addAnnotation
		  (getLearningResource_Kind(),
		   source,
		   new String[] {
			   "documentation", "The learning channel."
		   });
		addAnnotation
		  (getLearningResource_Provider(),
		   source,
		   new String[] {
			   "documentation", "Who offers the resource (for example Coursera, fast.ai, Kaggle)."
		   });
		addAnnotation
		  (getLearningResource_Url(),
		   source,
		   new String[] {
			   "documentation", "Where to find it."
		   });
		addAnnotation
		  (getLearningResource_Cost(),
		   source,
		   new String[] {
			   "documentation", "Price in the given currency; 0 for free resources."
		   });
		addAnnotation
		  (getLearningResource_Currency(),
		   source,
		   new String[] {
			   "documentation", "ISO 4217 currency code of the cost."
		   });
		addAnnotation
		  (getLearningResource_Hours(),
		   source,
		   new String[] {
			   "documentation", "Estimated total effort in hours."
		   });
		addAnnotation
		  (getLearningResource_Estimate(),
		   source,
		   new String[] {
			   "documentation", "True when cost and hours are public estimates rather than figures stated by the provider."
		   });
		addAnnotation
		  (getLearningResource_Gains(),
		   source,
		   new String[] {
			   "documentation", "The skill levels a learner reaches by completing the resource."
		   });
		addAnnotation
		  (getLearningResource_Prerequisites(),
		   source,
		   new String[] {
			   "documentation", "Skill levels one should have before starting (same shape as a gain: skill and level)."
		   });
		addAnnotation
		  (getLearningResource_RequiredResources(),
		   source,
		   new String[] {
			   "documentation", "Resources to complete before this one."
		   });
		addAnnotation
		  (skillGainEClass,
		   source,
		   new String[] {
			   "documentation", "A skill at a level: what a learning resource gives, or what it expects beforehand."
		   });
		addAnnotation
		  (getSkillGain_Skill(),
		   source,
		   new String[] {
			   "documentation", "The skill."
		   });
		addAnnotation
		  (getSkillGain_Level(),
		   source,
		   new String[] {
			   "documentation", "The level on the skill\'s scale."
		   });
		addAnnotation
		  (profileEClass,
		   source,
		   new String[] {
			   "documentation", "Root of a *.profile file: a person\'s current position, goals, learning budget and the history of their skill assessments."
		   });
		addAnnotation
		  (getProfile_Person(),
		   source,
		   new String[] {
			   "documentation", "The person\'s name."
		   });
		addAnnotation
		  (getProfile_CurrentRole(),
		   source,
		   new String[] {
			   "documentation", "The role the person holds now, if it is in a framework."
		   });
		addAnnotation
		  (getProfile_CurrentRoleTitle(),
		   source,
		   new String[] {
			   "documentation", "The person\'s current job title as they name it."
		   });
		addAnnotation
		  (getProfile_TargetRoles(),
		   source,
		   new String[] {
			   "documentation", "The roles the person wants to move towards."
		   });
		addAnnotation
		  (getProfile_WeeklyHours(),
		   source,
		   new String[] {
			   "documentation", "Hours per week the person can spend learning (the guide suggests 5-10)."
		   });
		addAnnotation
		  (getProfile_Budget(),
		   source,
		   new String[] {
			   "documentation", "Money available for learning, in the given currency; absent means no limit (0 means free resources only)."
		   });
		addAnnotation
		  (getProfile_Currency(),
		   source,
		   new String[] {
			   "documentation", "ISO 4217 currency code of the budget."
		   });
		addAnnotation
		  (getProfile_Assessments(),
		   source,
		   new String[] {
			   "documentation", "Dated skill assessments. History is kept: a new assessment is added, an old one is never overwritten."
		   });
		addAnnotation
		  (assessmentSourceEEnum,
		   source,
		   new String[] {
			   "documentation", "Who assessed a skill level; decides how much the assessment is trusted (evidence and test over manager, over peer, over self)."
		   });
		addAnnotation
		  (assessmentSourceEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The person\'s own assessment."
		   });
		addAnnotation
		  (assessmentSourceEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A colleague\'s assessment."
		   });
		addAnnotation
		  (assessmentSourceEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "The person\'s manager\'s assessment."
		   });
		addAnnotation
		  (assessmentSourceEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A test or exam result."
		   });
		addAnnotation
		  (assessmentSourceEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Demonstrated by evidence (certificate, shipped project)."
		   });
		addAnnotation
		  (skillAssessmentEClass,
		   source,
		   new String[] {
			   "documentation", "A dated assessment of one skill of a person at a level, with its source and evidence."
		   });
		addAnnotation
		  (getSkillAssessment_Skill(),
		   source,
		   new String[] {
			   "documentation", "The assessed skill (in a framework file)."
		   });
		addAnnotation
		  (getSkillAssessment_Level(),
		   source,
		   new String[] {
			   "documentation", "The assessed level, on the skill\'s scale."
		   });
		addAnnotation
		  (getSkillAssessment_Date(),
		   source,
		   new String[] {
			   "documentation", "When the assessment was made."
		   });
		addAnnotation
		  (getSkillAssessment_Source(),
		   source,
		   new String[] {
			   "documentation", "Who made the assessment."
		   });
		addAnnotation
		  (getSkillAssessment_Assessor(),
		   source,
		   new String[] {
			   "documentation", "Name of the assessor, when not the person."
		   });
		addAnnotation
		  (getSkillAssessment_Note(),
		   source,
		   new String[] {
			   "documentation", "Free-text remark."
		   });
		addAnnotation
		  (getSkillAssessment_Evidence(),
		   source,
		   new String[] {
			   "documentation", "Evidence that supports the level."
		   });
		addAnnotation
		  (evidenceKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The kind of evidence for an assessment."
		   });
		addAnnotation
		  (evidenceKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A certificate or badge."
		   });
		addAnnotation
		  (evidenceKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A project or portfolio piece."
		   });
		addAnnotation
		  (evidenceKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A link to a work product (repository, article, talk)."
		   });
		addAnnotation
		  (evidenceKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Anything else."
		   });
		addAnnotation
		  (evidenceEClass,
		   source,
		   new String[] {
			   "documentation", "Evidence that supports an assessed level."
		   });
		addAnnotation
		  (getEvidence_Kind(),
		   source,
		   new String[] {
			   "documentation", "What kind of evidence."
		   });
		addAnnotation
		  (getEvidence_Title(),
		   source,
		   new String[] {
			   "documentation", "What it is."
		   });
		addAnnotation
		  (getEvidence_Url(),
		   source,
		   new String[] {
			   "documentation", "Where it can be seen."
		   });
		addAnnotation
		  (getEvidence_Date(),
		   source,
		   new String[] {
			   "documentation", "When it was obtained."
		   });
		addAnnotation
		  (learningPlanEClass,
		   source,
		   new String[] {
			   "documentation", "Root of a *.plan file: a week-by-week plan of learning resources that closes a profile\'s gaps to a target role within a weekly-hours and money budget."
		   });
		addAnnotation
		  (getLearningPlan_Profile(),
		   source,
		   new String[] {
			   "documentation", "The profile the plan is for."
		   });
		addAnnotation
		  (getLearningPlan_TargetRole(),
		   source,
		   new String[] {
			   "documentation", "The role the plan works towards."
		   });
		addAnnotation
		  (getLearningPlan_OtherTargetRoles(),
		   source,
		   new String[] {
			   "documentation", "Further roles the plan works towards when it was made for several at once (the target role is the first); a re-plan keeps closing their gaps too."
		   });
		addAnnotation
		  (getLearningPlan_StartDate(),
		   source,
		   new String[] {
			   "documentation", "First day of week 1."
		   });
		addAnnotation
		  (getLearningPlan_EndDate(),
		   source,
		   new String[] {
			   "documentation", "Date by which the plan should be finished, if any."
		   });
		addAnnotation
		  (getLearningPlan_WeeklyHours(),
		   source,
		   new String[] {
			   "documentation", "Hours per week the plan assumes."
		   });
		addAnnotation
		  (getLearningPlan_Budget(),
		   source,
		   new String[] {
			   "documentation", "Money the plan may spend; absent means no limit (0 means free resources only)."
		   });
		addAnnotation
		  (getLearningPlan_Currency(),
		   source,
		   new String[] {
			   "documentation", "ISO 4217 currency code of the budget."
		   });
		addAnnotation
		  (getLearningPlan_Steps(),
		   source,
		   new String[] {
			   "documentation", "The steps, in order."
		   });
		addAnnotation
		  (getLearningPlan_Objective(),
		   source,
		   new String[] {
			   "documentation", "What the planner optimised when it made (or re-makes) the plan."
		   });
		addAnnotation
		  (getLearningPlan_MaxParallel(),
		   source,
		   new String[] {
			   "documentation", "At most this many steps run in the same week (recurring steps such as meetups and mentoring run alongside and are not counted)."
		   });
		addAnnotation
		  (getLearningPlan_IncludeOptional(),
		   source,
		   new String[] {
			   "documentation", "Whether the plan also closes the target role\'s optional requirements."
		   });
		addAnnotation
		  (getLearningPlan_Rates(),
		   source,
		   new String[] {
			   "documentation", "The exchange rates the planner used to convert resource costs into the plan\'s currency."
		   });
		addAnnotation
		  (planObjectiveEEnum,
		   source,
		   new String[] {
			   "documentation", "What the planner minimises."
		   });
		addAnnotation
		  (planObjectiveEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Fewest learning hours."
		   });
		addAnnotation
		  (planObjectiveEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Lowest cost."
		   });
		addAnnotation
		  (planObjectiveEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Earliest finish date."
		   });
		addAnnotation
		  (exchangeRateEClass,
		   source,
		   new String[] {
			   "documentation", "One unit of a currency expressed in the plan\'s currency (for example EUR = 1.08 in a USD plan)."
		   });
		addAnnotation
		  (getExchangeRate_Currency(),
		   source,
		   new String[] {
			   "documentation", "ISO 4217 code of the converted currency."
		   });
		addAnnotation
		  (getExchangeRate_Rate(),
		   source,
		   new String[] {
			   "documentation", "What one unit of the currency is worth in the plan\'s currency."
		   });
		addAnnotation
		  (stepStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "Progress of a plan step."
		   });
		addAnnotation
		  (stepStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Not started."
		   });
		addAnnotation
		  (stepStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Started."
		   });
		addAnnotation
		  (stepStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Completed."
		   });
		addAnnotation
		  (stepStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Abandoned; kept for the record."
		   });
		addAnnotation
		  (planStepEClass,
		   source,
		   new String[] {
			   "documentation", "One learning resource scheduled over weeks of a plan, with its progress."
		   });
		addAnnotation
		  (getPlanStep_Resource(),
		   source,
		   new String[] {
			   "documentation", "The resource to work through."
		   });
		addAnnotation
		  (getPlanStep_StartWeek(),
		   source,
		   new String[] {
			   "documentation", "First week of the step (week 1 starts on the plan\'s start date)."
		   });
		addAnnotation
		  (getPlanStep_EndWeek(),
		   source,
		   new String[] {
			   "documentation", "Last week of the step (inclusive)."
		   });
		addAnnotation
		  (getPlanStep_Status(),
		   source,
		   new String[] {
			   "documentation", "Progress of the step."
		   });
		addAnnotation
		  (getPlanStep_HoursLogged(),
		   source,
		   new String[] {
			   "documentation", "Hours spent on the step so far: always the step\'s total. The dated log entries are the part of it whose week is known; logging an entry adds its hours to this total. Hours of the total that no entry covers (files written before the log existed) count in the step\'s start week."
		   });
		addAnnotation
		  (getPlanStep_Note(),
		   source,
		   new String[] {
			   "documentation", "Free-text remark."
		   });
		addAnnotation
		  (getPlanStep_Log(),
		   source,
		   new String[] {
			   "documentation", "Dated records of the time spent on the step, oldest first; their hours are part of hoursLogged."
		   });
		addAnnotation
		  (logEntryEClass,
		   source,
		   new String[] {
			   "documentation", "Time spent on a plan step on a given day, with a remark."
		   });
		addAnnotation
		  (getLogEntry_Date(),
		   source,
		   new String[] {
			   "documentation", "The day the time was spent (or the end of the span it sums up)."
		   });
		addAnnotation
		  (getLogEntry_Hours(),
		   source,
		   new String[] {
			   "documentation", "Hours spent, 0 or more (0 records a remark or a status change alone)."
		   });
		addAnnotation
		  (getLogEntry_Note(),
		   source,
		   new String[] {
			   "documentation", "What was done."
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "documentation", "A stable identifier: letters, digits, \'_\', \'.\', \'-\'; no colon (EMF would read it as a type name and drop references silently) and no white space."
		   });
		addAnnotation
		  (dateEDataType,
		   source,
		   new String[] {
			   "documentation", "A calendar date without time or zone, written as ISO 8601 (2025-03-01) so files are the same on every machine.",
			   "create", "return it == null ? null : java.time.LocalDate.parse(it.trim());",
			   "convert", "return it == null ? null : it.toString();"
		   });
		addAnnotation
		  (teamEClass,
		   source,
		   new String[] {
			   "documentation", "Root of a *.team file: the people a manager or L&D lead plans skills for, as the profiles of its members (files beside it or elsewhere), some of them in named groups. A folder of profiles is a team too, without a file."
		   });
		addAnnotation
		  (getTeam_Members(),
		   source,
		   new String[] {
			   "documentation", "Members in no group: their profiles, by file (for example alice.profile#alice)."
		   });
		addAnnotation
		  (getTeam_Groups(),
		   source,
		   new String[] {
			   "documentation", "Named groups of members (a squad, a site, a function); a person may be in several."
		   });
		addAnnotation
		  (teamGroupEClass,
		   source,
		   new String[] {
			   "documentation", "A named group of a team\'s members."
		   });
		addAnnotation
		  (getTeamGroup_Name(),
		   source,
		   new String[] {
			   "documentation", "The group\'s name (for example Forecasting squad)."
		   });
		addAnnotation
		  (getTeamGroup_Members(),
		   source,
		   new String[] {
			   "documentation", "The group\'s members: their profiles, by file."
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (namedElementEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueId"
		   });
		addAnnotation
		  (proficiencyScaleEClass,
		   source,
		   new String[] {
			   "constraints", "distinctValues increasingValues atLeastTwoLevels"
		   });
		addAnnotation
		  (skillRequirementEClass,
		   source,
		   new String[] {
			   "constraints", "levelInScale positiveWeight"
		   });
		addAnnotation
		  (learningResourceEClass,
		   source,
		   new String[] {
			   "constraints", "nonNegativeCost nonNegativeHours isoCurrency"
		   });
		addAnnotation
		  (skillGainEClass,
		   source,
		   new String[] {
			   "constraints", "levelInScale"
		   });
		addAnnotation
		  (profileEClass,
		   source,
		   new String[] {
			   "constraints", "weeklyHoursInRange"
		   });
		addAnnotation
		  (skillAssessmentEClass,
		   source,
		   new String[] {
			   "constraints", "levelInScale"
		   });
		addAnnotation
		  (learningPlanEClass,
		   source,
		   new String[] {
			   "constraints", "endAfterStart"
		   });
		addAnnotation
		  (planStepEClass,
		   source,
		   new String[] {
			   "constraints", "startWeekPositive endAfterStart withinPlan nonNegativeHoursLogged logWithinTotal"
		   });
		addAnnotation
		  (logEntryEClass,
		   source,
		   new String[] {
			   "constraints", "nonNegativeHours"
		   });
		addAnnotation
		  (teamEClass,
		   source,
		   new String[] {
			   "constraints", "membersAreProfiles"
		   });
		addAnnotation
		  (teamGroupEClass,
		   source,
		   new String[] {
			   "constraints", "membersAreProfiles"
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[A-Za-z0-9_][A-Za-z0-9_.\\-]*"
		   });
	}

} //UpskillPackageImpl
