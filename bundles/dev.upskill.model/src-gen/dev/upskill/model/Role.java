/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role (occupation or job profile) defined by the skills it requires at given levels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.Role#getFamily <em>Family</em>}</li>
 *   <li>{@link dev.upskill.model.Role#getRelatedRoles <em>Related Roles</em>}</li>
 *   <li>{@link dev.upskill.model.Role#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link dev.upskill.model.Role#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link dev.upskill.model.Role#getFacets <em>Facets</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role family for grouping (for example Data and AI, Marketing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see dev.upskill.model.UpskillPackage#getRole_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Role#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Related Roles</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles people often move to or from (adjacent roles).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Roles</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getRole_RelatedRoles()
	 * @model
	 * @generated
	 */
	EList<Role> getRelatedRoles();

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.SkillRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The skills the role requires, each at a level, with importance and weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getRole_Requirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillRequirement> getRequirements();

	/**
	 * Returns the value of the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * URI of the role in its source data set (for example an ESCO occupation URI).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Uri</em>' attribute.
	 * @see #setSourceUri(String)
	 * @see dev.upskill.model.UpskillPackage#getRole_SourceUri()
	 * @model
	 * @generated
	 */
	String getSourceUri();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Role#getSourceUri <em>Source Uri</em>}' attribute.
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
	 * What the role does, as plain words for plan checks: for example deploys-models for roles that put models into production.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facets</em>' attribute list.
	 * @see dev.upskill.model.UpskillPackage#getRole_Facets()
	 * @model
	 * @generated
	 */
	EList<String> getFacets();

} // Role
