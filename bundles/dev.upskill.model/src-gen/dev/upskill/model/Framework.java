/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a *.framework file: a competency framework (a company's, a standard such as ESCO or SFIA, or the built-in AI-upskilling framework) with its proficiency scales, skill categories, skills, roles and learning resources.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.Framework#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getLicence <em>Licence</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getScales <em>Scales</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getCategories <em>Categories</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getSkills <em>Skills</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getRoles <em>Roles</em>}</li>
 *   <li>{@link dev.upskill.model.Framework#getResources <em>Resources</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getFramework()
 * @model
 * @generated
 */
public interface Framework extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the framework's content, as its publisher names it (for example 2025.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see dev.upskill.model.UpskillPackage#getFramework_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Framework#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who publishes the framework (organization or person).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see dev.upskill.model.UpskillPackage#getFramework_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Framework#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the content comes from (web page, data set URI). Kept apart from the id because source URIs contain colons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Uri</em>' attribute.
	 * @see #setSourceUri(String)
	 * @see dev.upskill.model.UpskillPackage#getFramework_SourceUri()
	 * @model
	 * @generated
	 */
	String getSourceUri();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Framework#getSourceUri <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Uri</em>' attribute.
	 * @see #getSourceUri()
	 * @generated
	 */
	void setSourceUri(String value);

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licence of the content, as an SPDX identifier or short text (for example CC-BY-4.0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see dev.upskill.model.UpskillPackage#getFramework_Licence()
	 * @model
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Framework#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

	/**
	 * Returns the value of the '<em><b>Scales</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.ProficiencyScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proficiency scales used by the skills of this framework. The first one is the default scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scales</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getFramework_Scales()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProficiencyScale> getScales();

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.SkillCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level skill categories; categories nest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getFramework_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillCategory> getCategories();

	/**
	 * Returns the value of the '<em><b>Skills</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.Skill}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skills, knowledge areas, tools and transversal competences of the framework.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skills</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getFramework_Skills()
	 * @model containment="true"
	 * @generated
	 */
	EList<Skill> getSkills();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles (occupations, job profiles) with their skill requirements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getFramework_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.LearningResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning resources that teach the framework's skills.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getFramework_Resources()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningResource> getResources();

} // Framework
