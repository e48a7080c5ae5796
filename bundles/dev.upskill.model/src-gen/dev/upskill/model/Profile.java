/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a *.profile file: a person's current position, goals, learning budget and the history of their skill assessments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.Profile#getPerson <em>Person</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getCurrentRole <em>Current Role</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getCurrentRoleTitle <em>Current Role Title</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getTargetRoles <em>Target Roles</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.Profile#getAssessments <em>Assessments</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getProfile()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='weeklyHoursInRange'"
 * @generated
 */
public interface Profile extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' attribute.
	 * @see #setPerson(String)
	 * @see dev.upskill.model.UpskillPackage#getProfile_Person()
	 * @model
	 * @generated
	 */
	String getPerson();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Profile#getPerson <em>Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' attribute.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(String value);

	/**
	 * Returns the value of the '<em><b>Current Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role the person holds now, if it is in a framework.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Role</em>' reference.
	 * @see #setCurrentRole(Role)
	 * @see dev.upskill.model.UpskillPackage#getProfile_CurrentRole()
	 * @model
	 * @generated
	 */
	Role getCurrentRole();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Profile#getCurrentRole <em>Current Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Role</em>' reference.
	 * @see #getCurrentRole()
	 * @generated
	 */
	void setCurrentRole(Role value);

	/**
	 * Returns the value of the '<em><b>Current Role Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's current job title as they name it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Role Title</em>' attribute.
	 * @see #setCurrentRoleTitle(String)
	 * @see dev.upskill.model.UpskillPackage#getProfile_CurrentRoleTitle()
	 * @model
	 * @generated
	 */
	String getCurrentRoleTitle();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Profile#getCurrentRoleTitle <em>Current Role Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Role Title</em>' attribute.
	 * @see #getCurrentRoleTitle()
	 * @generated
	 */
	void setCurrentRoleTitle(String value);

	/**
	 * Returns the value of the '<em><b>Target Roles</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles the person wants to move towards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Roles</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getProfile_TargetRoles()
	 * @model
	 * @generated
	 */
	EList<Role> getTargetRoles();

	/**
	 * Returns the value of the '<em><b>Weekly Hours</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours per week the person can spend learning (the guide suggests 5-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weekly Hours</em>' attribute.
	 * @see #setWeeklyHours(double)
	 * @see dev.upskill.model.UpskillPackage#getProfile_WeeklyHours()
	 * @model default="5.0"
	 * @generated
	 */
	double getWeeklyHours();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Profile#getWeeklyHours <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weekly Hours</em>' attribute.
	 * @see #getWeeklyHours()
	 * @generated
	 */
	void setWeeklyHours(double value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Money available for learning, in the given currency; absent means no limit (0 means free resources only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see dev.upskill.model.UpskillPackage#getProfile_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Profile#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"USD"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 currency code of the budget.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.upskill.model.UpskillPackage#getProfile_Currency()
	 * @model default="USD"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.upskill.model.Profile#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.SkillAssessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dated skill assessments. History is kept: a new assessment is added, an old one is never overwritten.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getProfile_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillAssessment> getAssessments();

} // Profile
