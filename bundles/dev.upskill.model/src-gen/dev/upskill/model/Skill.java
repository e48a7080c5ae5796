/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A skill, knowledge area, tool or transversal competence that roles require and learning resources teach.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.Skill#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getAliases <em>Aliases</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getRequiresContext <em>Requires Context</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getRelated <em>Related</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getScale <em>Scale</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link dev.upskill.model.Skill#getFacets <em>Facets</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getSkill()
 * @model
 * @generated
 */
public interface Skill extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.upskill.model.SkillKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of competence this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.upskill.model.SkillKind
	 * @see #setKind(SkillKind)
	 * @see dev.upskill.model.UpskillPackage#getSkill_Kind()
	 * @model
	 * @generated
	 */
	SkillKind getKind();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Skill#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.upskill.model.SkillKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SkillKind value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The category the skill belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(SkillCategory)
	 * @see dev.upskill.model.UpskillPackage#getSkill_Category()
	 * @model
	 * @generated
	 */
	SkillCategory getCategory();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Skill#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(SkillCategory value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names and keywords job postings use for this skill (for example k8s for Kubernetes); used for deterministic job-posting matching.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see dev.upskill.model.UpskillPackage#getSkill_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Requires Context</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names and aliases of this skill that are also ordinary words (Go, R, C, Excel, Helm): job-posting matching counts them only in a technical context (in a list of technologies, or near a skill that needs none), and, when written here with a capital, only when the posting writes them the same way. A word given here that is neither the name nor an alias is matched as an alias too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requires Context</em>' attribute list.
	 * @see dev.upskill.model.UpskillPackage#getSkill_RequiresContext()
	 * @model
	 * @generated
	 */
	EList<String> getRequiresContext();

	/**
	 * Returns the value of the '<em><b>Related</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.Skill}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skills that are related (for example adjacent tools).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getSkill_Related()
	 * @model
	 * @generated
	 */
	EList<Skill> getRelated();

	/**
	 * Returns the value of the '<em><b>Prerequisites</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.Skill}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skills one should have before learning this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prerequisites</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getSkill_Prerequisites()
	 * @model
	 * @generated
	 */
	EList<Skill> getPrerequisites();

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scale on which levels of this skill are expressed; when unset, the framework's first scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(ProficiencyScale)
	 * @see dev.upskill.model.UpskillPackage#getSkill_Scale()
	 * @model
	 * @generated
	 */
	ProficiencyScale getScale();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Skill#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(ProficiencyScale value);

	/**
	 * Returns the value of the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * URI of the skill in its source data set (for example an ESCO concept URI).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Uri</em>' attribute.
	 * @see #setSourceUri(String)
	 * @see dev.upskill.model.UpskillPackage#getSkill_SourceUri()
	 * @model
	 * @generated
	 */
	String getSourceUri();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Skill#getSourceUri <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Uri</em>' attribute.
	 * @see #getSourceUri()
	 * @generated
	 */
	void setSourceUri(String value);

	/**
	 * Returns the value of the '<em><b>Facets</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the skill is about, as plain words shared by every framework, for plan checks and reports: for example data, infrastructure, communication, mlops, algorithms. A skill also has the facets of its category and of the category's parents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facets</em>' attribute list.
	 * @see dev.upskill.model.UpskillPackage#getSkill_Facets()
	 * @model
	 * @generated
	 */
	EList<String> getFacets();

} // Skill
