/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node in the tree of skill categories (for example Data engineering > SQL and ingestion).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.SkillCategory#getSubcategories <em>Subcategories</em>}</li>
 *   <li>{@link dev.upskill.model.SkillCategory#getFacets <em>Facets</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getSkillCategory()
 * @model
 * @generated
 */
public interface SkillCategory extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Subcategories</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.SkillCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nested categories.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subcategories</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getSkillCategory_Subcategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillCategory> getSubcategories();

	/**
	 * Returns the value of the '<em><b>Facets</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Facets that every skill of the category (and of its subcategories) has; see Skill.facets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facets</em>' attribute list.
	 * @see dev.upskill.model.UpskillPackage#getSkillCategory_Facets()
	 * @model
	 * @generated
	 */
	EList<String> getFacets();

} // SkillCategory
