/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Upskill Workbench domain: competency frameworks (scales, categories, skills, roles, learning resources), personal profiles with dated assessments, and learning plans. Files: *.framework (Framework), *.profile (Profile), *.plan (LearningPlan), *.team (Team). Elements refer to each other across files by stable identifiers.
 * <!-- end-model-doc -->
 * @see dev.upskill.model.UpskillFactory
 * @model kind="package"
 * @generated
 */
public interface UpskillPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://upskill.dev/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "upskill";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	UpskillPackage eINSTANCE = dev.upskill.model.impl.UpskillPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.NamedElementImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.FrameworkImpl <em>Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.FrameworkImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getFramework()
	 * @generated
	 */
	int FRAMEWORK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PUBLISHER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SOURCE_URI = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__LICENCE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SCALES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CATEGORIES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Skills</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SKILLS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ROLES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__RESOURCES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.ProficiencyScaleImpl <em>Proficiency Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.ProficiencyScaleImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getProficiencyScale()
	 * @generated
	 */
	int PROFICIENCY_SCALE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_SCALE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_SCALE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_SCALE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_SCALE__LEVELS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Proficiency Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_SCALE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Proficiency Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_SCALE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.ProficiencyLevelImpl <em>Proficiency Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.ProficiencyLevelImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getProficiencyLevel()
	 * @generated
	 */
	int PROFICIENCY_LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_LEVEL__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_LEVEL__NAME = 1;

	/**
	 * The feature id for the '<em><b>Descriptor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_LEVEL__DESCRIPTOR = 2;

	/**
	 * The number of structural features of the '<em>Proficiency Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_LEVEL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Proficiency Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFICIENCY_LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.SkillCategoryImpl <em>Skill Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.SkillCategoryImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillCategory()
	 * @generated
	 */
	int SKILL_CATEGORY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Subcategories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY__SUBCATEGORIES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Facets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY__FACETS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Skill Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Skill Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_CATEGORY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.SkillImpl <em>Skill</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.SkillImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkill()
	 * @generated
	 */
	int SKILL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__ALIASES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Requires Context</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__REQUIRES_CONTEXT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Related</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__RELATED = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Prerequisites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__PREREQUISITES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__SCALE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__SOURCE_URI = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Facets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL__FACETS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Skill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Skill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.RoleImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__FAMILY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Related Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__RELATED_ROLES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__REQUIREMENTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SOURCE_URI = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Facets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__FACETS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.SkillRequirementImpl <em>Skill Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.SkillRequirementImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillRequirement()
	 * @generated
	 */
	int SKILL_REQUIREMENT = 7;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT__SKILL = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT__IMPORTANCE = 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT__WEIGHT = 3;

	/**
	 * The number of structural features of the '<em>Skill Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Skill Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.LearningResourceImpl <em>Learning Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.LearningResourceImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getLearningResource()
	 * @generated
	 */
	int LEARNING_RESOURCE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__PROVIDER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__URL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__COST = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__HOURS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__ESTIMATE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Gains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__GAINS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Prerequisites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__PREREQUISITES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Required Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__REQUIRED_RESOURCES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Learning Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Learning Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.SkillGainImpl <em>Skill Gain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.SkillGainImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillGain()
	 * @generated
	 */
	int SKILL_GAIN = 9;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GAIN__SKILL = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GAIN__LEVEL = 1;

	/**
	 * The number of structural features of the '<em>Skill Gain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GAIN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Skill Gain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.ProfileImpl <em>Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.ProfileImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getProfile()
	 * @generated
	 */
	int PROFILE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__PERSON = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Current Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__CURRENT_ROLE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Current Role Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__CURRENT_ROLE_TITLE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__TARGET_ROLES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weekly Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__WEEKLY_HOURS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__BUDGET = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__ASSESSMENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.SkillAssessmentImpl <em>Skill Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.SkillAssessmentImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillAssessment()
	 * @generated
	 */
	int SKILL_ASSESSMENT = 11;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__SKILL = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__DATE = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__ASSESSOR = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__NOTE = 5;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT__EVIDENCE = 6;

	/**
	 * The number of structural features of the '<em>Skill Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Skill Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.EvidenceImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 12;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__URL = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DATE = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.LearningPlanImpl <em>Learning Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.LearningPlanImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getLearningPlan()
	 * @generated
	 */
	int LEARNING_PLAN = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__PROFILE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__TARGET_ROLE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Other Target Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__OTHER_TARGET_ROLES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__START_DATE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__END_DATE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Weekly Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__WEEKLY_HOURS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__BUDGET = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__OBJECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Max Parallel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__MAX_PARALLEL = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Include Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__INCLUDE_OPTIONAL = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Rates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__RATES = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Learning Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Learning Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.ExchangeRateImpl <em>Exchange Rate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.ExchangeRateImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getExchangeRate()
	 * @generated
	 */
	int EXCHANGE_RATE = 14;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE__CURRENCY = 0;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE__RATE = 1;

	/**
	 * The number of structural features of the '<em>Exchange Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Exchange Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.PlanStepImpl <em>Plan Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.PlanStepImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getPlanStep()
	 * @generated
	 */
	int PLAN_STEP = 15;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Start Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__START_WEEK = 1;

	/**
	 * The feature id for the '<em><b>End Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__END_WEEK = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Hours Logged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__HOURS_LOGGED = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__NOTE = 5;

	/**
	 * The feature id for the '<em><b>Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP__LOG = 6;

	/**
	 * The number of structural features of the '<em>Plan Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Plan Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.LogEntryImpl <em>Log Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.LogEntryImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getLogEntry()
	 * @generated
	 */
	int LOG_ENTRY = 16;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__HOURS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.TeamImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MEMBERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.impl.TeamGroupImpl <em>Team Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.impl.TeamGroupImpl
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getTeamGroup()
	 * @generated
	 */
	int TEAM_GROUP = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_GROUP__MEMBERS = 1;

	/**
	 * The number of structural features of the '<em>Team Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Team Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.upskill.model.SkillKind <em>Skill Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.SkillKind
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillKind()
	 * @generated
	 */
	int SKILL_KIND = 19;

	/**
	 * The meta object id for the '{@link dev.upskill.model.Importance <em>Importance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.Importance
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getImportance()
	 * @generated
	 */
	int IMPORTANCE = 20;

	/**
	 * The meta object id for the '{@link dev.upskill.model.ResourceKind <em>Resource Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.ResourceKind
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getResourceKind()
	 * @generated
	 */
	int RESOURCE_KIND = 21;

	/**
	 * The meta object id for the '{@link dev.upskill.model.AssessmentSource <em>Assessment Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.AssessmentSource
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getAssessmentSource()
	 * @generated
	 */
	int ASSESSMENT_SOURCE = 22;

	/**
	 * The meta object id for the '{@link dev.upskill.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.EvidenceKind
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 23;

	/**
	 * The meta object id for the '{@link dev.upskill.model.PlanObjective <em>Plan Objective</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.PlanObjective
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getPlanObjective()
	 * @generated
	 */
	int PLAN_OBJECTIVE = 24;

	/**
	 * The meta object id for the '{@link dev.upskill.model.StepStatus <em>Step Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.upskill.model.StepStatus
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getStepStatus()
	 * @generated
	 */
	int STEP_STATUS = 25;

	/**
	 * The meta object id for the '<em>Identifier</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 26;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see dev.upskill.model.impl.UpskillPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 27;


	/**
	 * Returns the meta object for class '{@link dev.upskill.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see dev.upskill.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.NamedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.upskill.model.NamedElement#getId()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.upskill.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.upskill.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework</em>'.
	 * @see dev.upskill.model.Framework
	 * @generated
	 */
	EClass getFramework();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Framework#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see dev.upskill.model.Framework#getVersion()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Version();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Framework#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see dev.upskill.model.Framework#getPublisher()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Framework#getSourceUri <em>Source Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Uri</em>'.
	 * @see dev.upskill.model.Framework#getSourceUri()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_SourceUri();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Framework#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see dev.upskill.model.Framework#getLicence()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Licence();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Framework#getScales <em>Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scales</em>'.
	 * @see dev.upskill.model.Framework#getScales()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Scales();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Framework#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see dev.upskill.model.Framework#getCategories()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Categories();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Framework#getSkills <em>Skills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Skills</em>'.
	 * @see dev.upskill.model.Framework#getSkills()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Skills();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Framework#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see dev.upskill.model.Framework#getRoles()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Framework#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see dev.upskill.model.Framework#getResources()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Resources();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.ProficiencyScale <em>Proficiency Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proficiency Scale</em>'.
	 * @see dev.upskill.model.ProficiencyScale
	 * @generated
	 */
	EClass getProficiencyScale();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.ProficiencyScale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see dev.upskill.model.ProficiencyScale#getLevels()
	 * @see #getProficiencyScale()
	 * @generated
	 */
	EReference getProficiencyScale_Levels();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.ProficiencyLevel <em>Proficiency Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proficiency Level</em>'.
	 * @see dev.upskill.model.ProficiencyLevel
	 * @generated
	 */
	EClass getProficiencyLevel();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.ProficiencyLevel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.upskill.model.ProficiencyLevel#getValue()
	 * @see #getProficiencyLevel()
	 * @generated
	 */
	EAttribute getProficiencyLevel_Value();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.ProficiencyLevel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.upskill.model.ProficiencyLevel#getName()
	 * @see #getProficiencyLevel()
	 * @generated
	 */
	EAttribute getProficiencyLevel_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.ProficiencyLevel#getDescriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Descriptor</em>'.
	 * @see dev.upskill.model.ProficiencyLevel#getDescriptor()
	 * @see #getProficiencyLevel()
	 * @generated
	 */
	EAttribute getProficiencyLevel_Descriptor();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.SkillCategory <em>Skill Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Category</em>'.
	 * @see dev.upskill.model.SkillCategory
	 * @generated
	 */
	EClass getSkillCategory();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.SkillCategory#getSubcategories <em>Subcategories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subcategories</em>'.
	 * @see dev.upskill.model.SkillCategory#getSubcategories()
	 * @see #getSkillCategory()
	 * @generated
	 */
	EReference getSkillCategory_Subcategories();

	/**
	 * Returns the meta object for the attribute list '{@link dev.upskill.model.SkillCategory#getFacets <em>Facets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Facets</em>'.
	 * @see dev.upskill.model.SkillCategory#getFacets()
	 * @see #getSkillCategory()
	 * @generated
	 */
	EAttribute getSkillCategory_Facets();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.Skill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill</em>'.
	 * @see dev.upskill.model.Skill
	 * @generated
	 */
	EClass getSkill();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Skill#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.upskill.model.Skill#getKind()
	 * @see #getSkill()
	 * @generated
	 */
	EAttribute getSkill_Kind();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.Skill#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see dev.upskill.model.Skill#getCategory()
	 * @see #getSkill()
	 * @generated
	 */
	EReference getSkill_Category();

	/**
	 * Returns the meta object for the attribute list '{@link dev.upskill.model.Skill#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see dev.upskill.model.Skill#getAliases()
	 * @see #getSkill()
	 * @generated
	 */
	EAttribute getSkill_Aliases();

	/**
	 * Returns the meta object for the attribute list '{@link dev.upskill.model.Skill#getRequiresContext <em>Requires Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requires Context</em>'.
	 * @see dev.upskill.model.Skill#getRequiresContext()
	 * @see #getSkill()
	 * @generated
	 */
	EAttribute getSkill_RequiresContext();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.Skill#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related</em>'.
	 * @see dev.upskill.model.Skill#getRelated()
	 * @see #getSkill()
	 * @generated
	 */
	EReference getSkill_Related();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.Skill#getPrerequisites <em>Prerequisites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Prerequisites</em>'.
	 * @see dev.upskill.model.Skill#getPrerequisites()
	 * @see #getSkill()
	 * @generated
	 */
	EReference getSkill_Prerequisites();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.Skill#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see dev.upskill.model.Skill#getScale()
	 * @see #getSkill()
	 * @generated
	 */
	EReference getSkill_Scale();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Skill#getSourceUri <em>Source Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Uri</em>'.
	 * @see dev.upskill.model.Skill#getSourceUri()
	 * @see #getSkill()
	 * @generated
	 */
	EAttribute getSkill_SourceUri();

	/**
	 * Returns the meta object for the attribute list '{@link dev.upskill.model.Skill#getFacets <em>Facets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Facets</em>'.
	 * @see dev.upskill.model.Skill#getFacets()
	 * @see #getSkill()
	 * @generated
	 */
	EAttribute getSkill_Facets();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see dev.upskill.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Role#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see dev.upskill.model.Role#getFamily()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Family();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.Role#getRelatedRoles <em>Related Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related Roles</em>'.
	 * @see dev.upskill.model.Role#getRelatedRoles()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_RelatedRoles();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Role#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see dev.upskill.model.Role#getRequirements()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Requirements();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Role#getSourceUri <em>Source Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Uri</em>'.
	 * @see dev.upskill.model.Role#getSourceUri()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_SourceUri();

	/**
	 * Returns the meta object for the attribute list '{@link dev.upskill.model.Role#getFacets <em>Facets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Facets</em>'.
	 * @see dev.upskill.model.Role#getFacets()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Facets();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.SkillRequirement <em>Skill Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Requirement</em>'.
	 * @see dev.upskill.model.SkillRequirement
	 * @generated
	 */
	EClass getSkillRequirement();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.SkillRequirement#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see dev.upskill.model.SkillRequirement#getSkill()
	 * @see #getSkillRequirement()
	 * @generated
	 */
	EReference getSkillRequirement_Skill();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillRequirement#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see dev.upskill.model.SkillRequirement#getLevel()
	 * @see #getSkillRequirement()
	 * @generated
	 */
	EAttribute getSkillRequirement_Level();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillRequirement#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see dev.upskill.model.SkillRequirement#getImportance()
	 * @see #getSkillRequirement()
	 * @generated
	 */
	EAttribute getSkillRequirement_Importance();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillRequirement#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see dev.upskill.model.SkillRequirement#getWeight()
	 * @see #getSkillRequirement()
	 * @generated
	 */
	EAttribute getSkillRequirement_Weight();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.LearningResource <em>Learning Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Resource</em>'.
	 * @see dev.upskill.model.LearningResource
	 * @generated
	 */
	EClass getLearningResource();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.upskill.model.LearningResource#getKind()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see dev.upskill.model.LearningResource#getProvider()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Provider();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see dev.upskill.model.LearningResource#getUrl()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Url();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see dev.upskill.model.LearningResource#getCost()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Cost();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.upskill.model.LearningResource#getCurrency()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Currency();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see dev.upskill.model.LearningResource#getHours()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Hours();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningResource#isEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimate</em>'.
	 * @see dev.upskill.model.LearningResource#isEstimate()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Estimate();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.LearningResource#getGains <em>Gains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gains</em>'.
	 * @see dev.upskill.model.LearningResource#getGains()
	 * @see #getLearningResource()
	 * @generated
	 */
	EReference getLearningResource_Gains();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.LearningResource#getPrerequisites <em>Prerequisites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prerequisites</em>'.
	 * @see dev.upskill.model.LearningResource#getPrerequisites()
	 * @see #getLearningResource()
	 * @generated
	 */
	EReference getLearningResource_Prerequisites();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.LearningResource#getRequiredResources <em>Required Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Required Resources</em>'.
	 * @see dev.upskill.model.LearningResource#getRequiredResources()
	 * @see #getLearningResource()
	 * @generated
	 */
	EReference getLearningResource_RequiredResources();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.SkillGain <em>Skill Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Gain</em>'.
	 * @see dev.upskill.model.SkillGain
	 * @generated
	 */
	EClass getSkillGain();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.SkillGain#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see dev.upskill.model.SkillGain#getSkill()
	 * @see #getSkillGain()
	 * @generated
	 */
	EReference getSkillGain_Skill();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillGain#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see dev.upskill.model.SkillGain#getLevel()
	 * @see #getSkillGain()
	 * @generated
	 */
	EAttribute getSkillGain_Level();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.Profile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile</em>'.
	 * @see dev.upskill.model.Profile
	 * @generated
	 */
	EClass getProfile();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Profile#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person</em>'.
	 * @see dev.upskill.model.Profile#getPerson()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_Person();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.Profile#getCurrentRole <em>Current Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current Role</em>'.
	 * @see dev.upskill.model.Profile#getCurrentRole()
	 * @see #getProfile()
	 * @generated
	 */
	EReference getProfile_CurrentRole();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Profile#getCurrentRoleTitle <em>Current Role Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Role Title</em>'.
	 * @see dev.upskill.model.Profile#getCurrentRoleTitle()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_CurrentRoleTitle();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.Profile#getTargetRoles <em>Target Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Roles</em>'.
	 * @see dev.upskill.model.Profile#getTargetRoles()
	 * @see #getProfile()
	 * @generated
	 */
	EReference getProfile_TargetRoles();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Profile#getWeeklyHours <em>Weekly Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weekly Hours</em>'.
	 * @see dev.upskill.model.Profile#getWeeklyHours()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_WeeklyHours();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Profile#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see dev.upskill.model.Profile#getBudget()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_Budget();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Profile#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.upskill.model.Profile#getCurrency()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_Currency();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Profile#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see dev.upskill.model.Profile#getAssessments()
	 * @see #getProfile()
	 * @generated
	 */
	EReference getProfile_Assessments();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.SkillAssessment <em>Skill Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Assessment</em>'.
	 * @see dev.upskill.model.SkillAssessment
	 * @generated
	 */
	EClass getSkillAssessment();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.SkillAssessment#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see dev.upskill.model.SkillAssessment#getSkill()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EReference getSkillAssessment_Skill();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillAssessment#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see dev.upskill.model.SkillAssessment#getLevel()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EAttribute getSkillAssessment_Level();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillAssessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.upskill.model.SkillAssessment#getDate()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EAttribute getSkillAssessment_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillAssessment#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.upskill.model.SkillAssessment#getSource()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EAttribute getSkillAssessment_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillAssessment#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor</em>'.
	 * @see dev.upskill.model.SkillAssessment#getAssessor()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EAttribute getSkillAssessment_Assessor();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.SkillAssessment#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.upskill.model.SkillAssessment#getNote()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EAttribute getSkillAssessment_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.SkillAssessment#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see dev.upskill.model.SkillAssessment#getEvidence()
	 * @see #getSkillAssessment()
	 * @generated
	 */
	EReference getSkillAssessment_Evidence();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see dev.upskill.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.upskill.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Evidence#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.upskill.model.Evidence#getTitle()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Evidence#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see dev.upskill.model.Evidence#getUrl()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Url();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.Evidence#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.upskill.model.Evidence#getDate()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Date();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.LearningPlan <em>Learning Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Plan</em>'.
	 * @see dev.upskill.model.LearningPlan
	 * @generated
	 */
	EClass getLearningPlan();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.LearningPlan#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Profile</em>'.
	 * @see dev.upskill.model.LearningPlan#getProfile()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_Profile();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.LearningPlan#getTargetRole <em>Target Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Role</em>'.
	 * @see dev.upskill.model.LearningPlan#getTargetRole()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_TargetRole();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.LearningPlan#getOtherTargetRoles <em>Other Target Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Other Target Roles</em>'.
	 * @see dev.upskill.model.LearningPlan#getOtherTargetRoles()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_OtherTargetRoles();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see dev.upskill.model.LearningPlan#getStartDate()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see dev.upskill.model.LearningPlan#getEndDate()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getWeeklyHours <em>Weekly Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weekly Hours</em>'.
	 * @see dev.upskill.model.LearningPlan#getWeeklyHours()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_WeeklyHours();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see dev.upskill.model.LearningPlan#getBudget()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_Budget();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.upskill.model.LearningPlan#getCurrency()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_Currency();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.LearningPlan#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see dev.upskill.model.LearningPlan#getSteps()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_Steps();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objective</em>'.
	 * @see dev.upskill.model.LearningPlan#getObjective()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_Objective();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#getMaxParallel <em>Max Parallel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Parallel</em>'.
	 * @see dev.upskill.model.LearningPlan#getMaxParallel()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_MaxParallel();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LearningPlan#isIncludeOptional <em>Include Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Optional</em>'.
	 * @see dev.upskill.model.LearningPlan#isIncludeOptional()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EAttribute getLearningPlan_IncludeOptional();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.LearningPlan#getRates <em>Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rates</em>'.
	 * @see dev.upskill.model.LearningPlan#getRates()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_Rates();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.ExchangeRate <em>Exchange Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exchange Rate</em>'.
	 * @see dev.upskill.model.ExchangeRate
	 * @generated
	 */
	EClass getExchangeRate();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.ExchangeRate#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.upskill.model.ExchangeRate#getCurrency()
	 * @see #getExchangeRate()
	 * @generated
	 */
	EAttribute getExchangeRate_Currency();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.ExchangeRate#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see dev.upskill.model.ExchangeRate#getRate()
	 * @see #getExchangeRate()
	 * @generated
	 */
	EAttribute getExchangeRate_Rate();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.PlanStep <em>Plan Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Step</em>'.
	 * @see dev.upskill.model.PlanStep
	 * @generated
	 */
	EClass getPlanStep();

	/**
	 * Returns the meta object for the reference '{@link dev.upskill.model.PlanStep#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resource</em>'.
	 * @see dev.upskill.model.PlanStep#getResource()
	 * @see #getPlanStep()
	 * @generated
	 */
	EReference getPlanStep_Resource();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.PlanStep#getStartWeek <em>Start Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Week</em>'.
	 * @see dev.upskill.model.PlanStep#getStartWeek()
	 * @see #getPlanStep()
	 * @generated
	 */
	EAttribute getPlanStep_StartWeek();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.PlanStep#getEndWeek <em>End Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Week</em>'.
	 * @see dev.upskill.model.PlanStep#getEndWeek()
	 * @see #getPlanStep()
	 * @generated
	 */
	EAttribute getPlanStep_EndWeek();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.PlanStep#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.upskill.model.PlanStep#getStatus()
	 * @see #getPlanStep()
	 * @generated
	 */
	EAttribute getPlanStep_Status();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.PlanStep#getHoursLogged <em>Hours Logged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Logged</em>'.
	 * @see dev.upskill.model.PlanStep#getHoursLogged()
	 * @see #getPlanStep()
	 * @generated
	 */
	EAttribute getPlanStep_HoursLogged();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.PlanStep#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.upskill.model.PlanStep#getNote()
	 * @see #getPlanStep()
	 * @generated
	 */
	EAttribute getPlanStep_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.PlanStep#getLog <em>Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Log</em>'.
	 * @see dev.upskill.model.PlanStep#getLog()
	 * @see #getPlanStep()
	 * @generated
	 */
	EReference getPlanStep_Log();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.LogEntry <em>Log Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Entry</em>'.
	 * @see dev.upskill.model.LogEntry
	 * @generated
	 */
	EClass getLogEntry();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LogEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.upskill.model.LogEntry#getDate()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LogEntry#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see dev.upskill.model.LogEntry#getHours()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Hours();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.LogEntry#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.upskill.model.LogEntry#getNote()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Note();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see dev.upskill.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.Team#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see dev.upskill.model.Team#getMembers()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.upskill.model.Team#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see dev.upskill.model.Team#getGroups()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Groups();

	/**
	 * Returns the meta object for class '{@link dev.upskill.model.TeamGroup <em>Team Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team Group</em>'.
	 * @see dev.upskill.model.TeamGroup
	 * @generated
	 */
	EClass getTeamGroup();

	/**
	 * Returns the meta object for the attribute '{@link dev.upskill.model.TeamGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.upskill.model.TeamGroup#getName()
	 * @see #getTeamGroup()
	 * @generated
	 */
	EAttribute getTeamGroup_Name();

	/**
	 * Returns the meta object for the reference list '{@link dev.upskill.model.TeamGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see dev.upskill.model.TeamGroup#getMembers()
	 * @see #getTeamGroup()
	 * @generated
	 */
	EReference getTeamGroup_Members();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.SkillKind <em>Skill Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Skill Kind</em>'.
	 * @see dev.upskill.model.SkillKind
	 * @generated
	 */
	EEnum getSkillKind();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.Importance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Importance</em>'.
	 * @see dev.upskill.model.Importance
	 * @generated
	 */
	EEnum getImportance();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.ResourceKind <em>Resource Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Kind</em>'.
	 * @see dev.upskill.model.ResourceKind
	 * @generated
	 */
	EEnum getResourceKind();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.AssessmentSource <em>Assessment Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Source</em>'.
	 * @see dev.upskill.model.AssessmentSource
	 * @generated
	 */
	EEnum getAssessmentSource();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see dev.upskill.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.PlanObjective <em>Plan Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Objective</em>'.
	 * @see dev.upskill.model.PlanObjective
	 * @generated
	 */
	EEnum getPlanObjective();

	/**
	 * Returns the meta object for enum '{@link dev.upskill.model.StepStatus <em>Step Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Status</em>'.
	 * @see dev.upskill.model.StepStatus
	 * @generated
	 */
	EEnum getStepStatus();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A stable identifier: letters, digits, '_', '.', '-'; no colon (EMF would read it as a type name and drop references silently) and no white space.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Identifier</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Za-z0-9_][A-Za-z0-9_.\\-]*'"
	 * @generated
	 */
	EDataType getIdentifier();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time or zone, written as ISO 8601 (2025-03-01) so files are the same on every machine.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null ? null : java.time.LocalDate.parse(it.trim());' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	UpskillFactory getUpskillFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.NamedElementImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__ID = eINSTANCE.getNamedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.FrameworkImpl <em>Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.FrameworkImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getFramework()
		 * @generated
		 */
		EClass FRAMEWORK = eINSTANCE.getFramework();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__VERSION = eINSTANCE.getFramework_Version();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PUBLISHER = eINSTANCE.getFramework_Publisher();

		/**
		 * The meta object literal for the '<em><b>Source Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__SOURCE_URI = eINSTANCE.getFramework_SourceUri();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__LICENCE = eINSTANCE.getFramework_Licence();

		/**
		 * The meta object literal for the '<em><b>Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SCALES = eINSTANCE.getFramework_Scales();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__CATEGORIES = eINSTANCE.getFramework_Categories();

		/**
		 * The meta object literal for the '<em><b>Skills</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SKILLS = eINSTANCE.getFramework_Skills();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__ROLES = eINSTANCE.getFramework_Roles();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__RESOURCES = eINSTANCE.getFramework_Resources();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.ProficiencyScaleImpl <em>Proficiency Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.ProficiencyScaleImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getProficiencyScale()
		 * @generated
		 */
		EClass PROFICIENCY_SCALE = eINSTANCE.getProficiencyScale();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFICIENCY_SCALE__LEVELS = eINSTANCE.getProficiencyScale_Levels();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.ProficiencyLevelImpl <em>Proficiency Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.ProficiencyLevelImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getProficiencyLevel()
		 * @generated
		 */
		EClass PROFICIENCY_LEVEL = eINSTANCE.getProficiencyLevel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFICIENCY_LEVEL__VALUE = eINSTANCE.getProficiencyLevel_Value();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFICIENCY_LEVEL__NAME = eINSTANCE.getProficiencyLevel_Name();

		/**
		 * The meta object literal for the '<em><b>Descriptor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFICIENCY_LEVEL__DESCRIPTOR = eINSTANCE.getProficiencyLevel_Descriptor();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.SkillCategoryImpl <em>Skill Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.SkillCategoryImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillCategory()
		 * @generated
		 */
		EClass SKILL_CATEGORY = eINSTANCE.getSkillCategory();

		/**
		 * The meta object literal for the '<em><b>Subcategories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_CATEGORY__SUBCATEGORIES = eINSTANCE.getSkillCategory_Subcategories();

		/**
		 * The meta object literal for the '<em><b>Facets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_CATEGORY__FACETS = eINSTANCE.getSkillCategory_Facets();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.SkillImpl <em>Skill</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.SkillImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkill()
		 * @generated
		 */
		EClass SKILL = eINSTANCE.getSkill();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL__KIND = eINSTANCE.getSkill_Kind();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL__CATEGORY = eINSTANCE.getSkill_Category();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL__ALIASES = eINSTANCE.getSkill_Aliases();

		/**
		 * The meta object literal for the '<em><b>Requires Context</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL__REQUIRES_CONTEXT = eINSTANCE.getSkill_RequiresContext();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL__RELATED = eINSTANCE.getSkill_Related();

		/**
		 * The meta object literal for the '<em><b>Prerequisites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL__PREREQUISITES = eINSTANCE.getSkill_Prerequisites();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL__SCALE = eINSTANCE.getSkill_Scale();

		/**
		 * The meta object literal for the '<em><b>Source Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL__SOURCE_URI = eINSTANCE.getSkill_SourceUri();

		/**
		 * The meta object literal for the '<em><b>Facets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL__FACETS = eINSTANCE.getSkill_Facets();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.RoleImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__FAMILY = eINSTANCE.getRole_Family();

		/**
		 * The meta object literal for the '<em><b>Related Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__RELATED_ROLES = eINSTANCE.getRole_RelatedRoles();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__REQUIREMENTS = eINSTANCE.getRole_Requirements();

		/**
		 * The meta object literal for the '<em><b>Source Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__SOURCE_URI = eINSTANCE.getRole_SourceUri();

		/**
		 * The meta object literal for the '<em><b>Facets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__FACETS = eINSTANCE.getRole_Facets();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.SkillRequirementImpl <em>Skill Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.SkillRequirementImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillRequirement()
		 * @generated
		 */
		EClass SKILL_REQUIREMENT = eINSTANCE.getSkillRequirement();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_REQUIREMENT__SKILL = eINSTANCE.getSkillRequirement_Skill();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_REQUIREMENT__LEVEL = eINSTANCE.getSkillRequirement_Level();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_REQUIREMENT__IMPORTANCE = eINSTANCE.getSkillRequirement_Importance();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_REQUIREMENT__WEIGHT = eINSTANCE.getSkillRequirement_Weight();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.LearningResourceImpl <em>Learning Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.LearningResourceImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getLearningResource()
		 * @generated
		 */
		EClass LEARNING_RESOURCE = eINSTANCE.getLearningResource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__KIND = eINSTANCE.getLearningResource_Kind();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__PROVIDER = eINSTANCE.getLearningResource_Provider();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__URL = eINSTANCE.getLearningResource_Url();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__COST = eINSTANCE.getLearningResource_Cost();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__CURRENCY = eINSTANCE.getLearningResource_Currency();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__HOURS = eINSTANCE.getLearningResource_Hours();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__ESTIMATE = eINSTANCE.getLearningResource_Estimate();

		/**
		 * The meta object literal for the '<em><b>Gains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_RESOURCE__GAINS = eINSTANCE.getLearningResource_Gains();

		/**
		 * The meta object literal for the '<em><b>Prerequisites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_RESOURCE__PREREQUISITES = eINSTANCE.getLearningResource_Prerequisites();

		/**
		 * The meta object literal for the '<em><b>Required Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_RESOURCE__REQUIRED_RESOURCES = eINSTANCE.getLearningResource_RequiredResources();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.SkillGainImpl <em>Skill Gain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.SkillGainImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillGain()
		 * @generated
		 */
		EClass SKILL_GAIN = eINSTANCE.getSkillGain();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_GAIN__SKILL = eINSTANCE.getSkillGain_Skill();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_GAIN__LEVEL = eINSTANCE.getSkillGain_Level();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.ProfileImpl <em>Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.ProfileImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getProfile()
		 * @generated
		 */
		EClass PROFILE = eINSTANCE.getProfile();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__PERSON = eINSTANCE.getProfile_Person();

		/**
		 * The meta object literal for the '<em><b>Current Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE__CURRENT_ROLE = eINSTANCE.getProfile_CurrentRole();

		/**
		 * The meta object literal for the '<em><b>Current Role Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__CURRENT_ROLE_TITLE = eINSTANCE.getProfile_CurrentRoleTitle();

		/**
		 * The meta object literal for the '<em><b>Target Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE__TARGET_ROLES = eINSTANCE.getProfile_TargetRoles();

		/**
		 * The meta object literal for the '<em><b>Weekly Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__WEEKLY_HOURS = eINSTANCE.getProfile_WeeklyHours();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__BUDGET = eINSTANCE.getProfile_Budget();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__CURRENCY = eINSTANCE.getProfile_Currency();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE__ASSESSMENTS = eINSTANCE.getProfile_Assessments();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.SkillAssessmentImpl <em>Skill Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.SkillAssessmentImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillAssessment()
		 * @generated
		 */
		EClass SKILL_ASSESSMENT = eINSTANCE.getSkillAssessment();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_ASSESSMENT__SKILL = eINSTANCE.getSkillAssessment_Skill();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ASSESSMENT__LEVEL = eINSTANCE.getSkillAssessment_Level();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ASSESSMENT__DATE = eINSTANCE.getSkillAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ASSESSMENT__SOURCE = eINSTANCE.getSkillAssessment_Source();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ASSESSMENT__ASSESSOR = eINSTANCE.getSkillAssessment_Assessor();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ASSESSMENT__NOTE = eINSTANCE.getSkillAssessment_Note();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_ASSESSMENT__EVIDENCE = eINSTANCE.getSkillAssessment_Evidence();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.EvidenceImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TITLE = eINSTANCE.getEvidence_Title();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__URL = eINSTANCE.getEvidence_Url();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DATE = eINSTANCE.getEvidence_Date();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.LearningPlanImpl <em>Learning Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.LearningPlanImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getLearningPlan()
		 * @generated
		 */
		EClass LEARNING_PLAN = eINSTANCE.getLearningPlan();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__PROFILE = eINSTANCE.getLearningPlan_Profile();

		/**
		 * The meta object literal for the '<em><b>Target Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__TARGET_ROLE = eINSTANCE.getLearningPlan_TargetRole();

		/**
		 * The meta object literal for the '<em><b>Other Target Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__OTHER_TARGET_ROLES = eINSTANCE.getLearningPlan_OtherTargetRoles();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__START_DATE = eINSTANCE.getLearningPlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__END_DATE = eINSTANCE.getLearningPlan_EndDate();

		/**
		 * The meta object literal for the '<em><b>Weekly Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__WEEKLY_HOURS = eINSTANCE.getLearningPlan_WeeklyHours();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__BUDGET = eINSTANCE.getLearningPlan_Budget();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__CURRENCY = eINSTANCE.getLearningPlan_Currency();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__STEPS = eINSTANCE.getLearningPlan_Steps();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__OBJECTIVE = eINSTANCE.getLearningPlan_Objective();

		/**
		 * The meta object literal for the '<em><b>Max Parallel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__MAX_PARALLEL = eINSTANCE.getLearningPlan_MaxParallel();

		/**
		 * The meta object literal for the '<em><b>Include Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PLAN__INCLUDE_OPTIONAL = eINSTANCE.getLearningPlan_IncludeOptional();

		/**
		 * The meta object literal for the '<em><b>Rates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__RATES = eINSTANCE.getLearningPlan_Rates();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.ExchangeRateImpl <em>Exchange Rate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.ExchangeRateImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getExchangeRate()
		 * @generated
		 */
		EClass EXCHANGE_RATE = eINSTANCE.getExchangeRate();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_RATE__CURRENCY = eINSTANCE.getExchangeRate_Currency();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_RATE__RATE = eINSTANCE.getExchangeRate_Rate();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.PlanStepImpl <em>Plan Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.PlanStepImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getPlanStep()
		 * @generated
		 */
		EClass PLAN_STEP = eINSTANCE.getPlanStep();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_STEP__RESOURCE = eINSTANCE.getPlanStep_Resource();

		/**
		 * The meta object literal for the '<em><b>Start Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_STEP__START_WEEK = eINSTANCE.getPlanStep_StartWeek();

		/**
		 * The meta object literal for the '<em><b>End Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_STEP__END_WEEK = eINSTANCE.getPlanStep_EndWeek();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_STEP__STATUS = eINSTANCE.getPlanStep_Status();

		/**
		 * The meta object literal for the '<em><b>Hours Logged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_STEP__HOURS_LOGGED = eINSTANCE.getPlanStep_HoursLogged();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_STEP__NOTE = eINSTANCE.getPlanStep_Note();

		/**
		 * The meta object literal for the '<em><b>Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_STEP__LOG = eINSTANCE.getPlanStep_Log();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.LogEntryImpl <em>Log Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.LogEntryImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getLogEntry()
		 * @generated
		 */
		EClass LOG_ENTRY = eINSTANCE.getLogEntry();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__DATE = eINSTANCE.getLogEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__HOURS = eINSTANCE.getLogEntry_Hours();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__NOTE = eINSTANCE.getLogEntry_Note();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.TeamImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__MEMBERS = eINSTANCE.getTeam_Members();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__GROUPS = eINSTANCE.getTeam_Groups();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.impl.TeamGroupImpl <em>Team Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.impl.TeamGroupImpl
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getTeamGroup()
		 * @generated
		 */
		EClass TEAM_GROUP = eINSTANCE.getTeamGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_GROUP__NAME = eINSTANCE.getTeamGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM_GROUP__MEMBERS = eINSTANCE.getTeamGroup_Members();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.SkillKind <em>Skill Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.SkillKind
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getSkillKind()
		 * @generated
		 */
		EEnum SKILL_KIND = eINSTANCE.getSkillKind();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.Importance <em>Importance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.Importance
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getImportance()
		 * @generated
		 */
		EEnum IMPORTANCE = eINSTANCE.getImportance();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.ResourceKind <em>Resource Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.ResourceKind
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getResourceKind()
		 * @generated
		 */
		EEnum RESOURCE_KIND = eINSTANCE.getResourceKind();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.AssessmentSource <em>Assessment Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.AssessmentSource
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getAssessmentSource()
		 * @generated
		 */
		EEnum ASSESSMENT_SOURCE = eINSTANCE.getAssessmentSource();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.EvidenceKind
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.PlanObjective <em>Plan Objective</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.PlanObjective
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getPlanObjective()
		 * @generated
		 */
		EEnum PLAN_OBJECTIVE = eINSTANCE.getPlanObjective();

		/**
		 * The meta object literal for the '{@link dev.upskill.model.StepStatus <em>Step Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.upskill.model.StepStatus
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getStepStatus()
		 * @generated
		 */
		EEnum STEP_STATUS = eINSTANCE.getStepStatus();

		/**
		 * The meta object literal for the '<em>Identifier</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getIdentifier()
		 * @generated
		 */
		EDataType IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see dev.upskill.model.impl.UpskillPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //UpskillPackage
