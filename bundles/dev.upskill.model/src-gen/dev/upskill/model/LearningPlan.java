/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a *.plan file: a week-by-week plan of learning resources that closes a profile's gaps to a target role within a weekly-hours and money budget.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.LearningPlan#getProfile <em>Profile</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getTargetRole <em>Target Role</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getOtherTargetRoles <em>Other Target Roles</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getEndDate <em>End Date</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getSteps <em>Steps</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getObjective <em>Objective</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getMaxParallel <em>Max Parallel</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#isIncludeOptional <em>Include Optional</em>}</li>
 *   <li>{@link dev.upskill.model.LearningPlan#getRates <em>Rates</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getLearningPlan()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='endAfterStart'"
 * @generated
 */
public interface LearningPlan extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The profile the plan is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' reference.
	 * @see #setProfile(Profile)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_Profile()
	 * @model
	 * @generated
	 */
	Profile getProfile();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getProfile <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' reference.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(Profile value);

	/**
	 * Returns the value of the '<em><b>Target Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role the plan works towards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Role</em>' reference.
	 * @see #setTargetRole(Role)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_TargetRole()
	 * @model
	 * @generated
	 */
	Role getTargetRole();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getTargetRole <em>Target Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Role</em>' reference.
	 * @see #getTargetRole()
	 * @generated
	 */
	void setTargetRole(Role value);

	/**
	 * Returns the value of the '<em><b>Other Target Roles</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further roles the plan works towards when it was made for several at once (the target role is the first); a re-plan keeps closing their gaps too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Target Roles</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_OtherTargetRoles()
	 * @model
	 * @generated
	 */
	EList<Role> getOtherTargetRoles();

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of week 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_StartDate()
	 * @model dataType="dev.upskill.model.Date"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date by which the plan should be finished, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_EndDate()
	 * @model dataType="dev.upskill.model.Date"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Weekly Hours</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours per week the plan assumes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weekly Hours</em>' attribute.
	 * @see #setWeeklyHours(double)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_WeeklyHours()
	 * @model default="5.0"
	 * @generated
	 */
	double getWeeklyHours();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getWeeklyHours <em>Weekly Hours</em>}' attribute.
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
	 * Money the plan may spend; absent means no limit (0 means free resources only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getBudget <em>Budget</em>}' attribute.
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
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_Currency()
	 * @model default="USD"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.PlanStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.upskill.model.PlanObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the planner optimised when it made (or re-makes) the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objective</em>' attribute.
	 * @see dev.upskill.model.PlanObjective
	 * @see #setObjective(PlanObjective)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_Objective()
	 * @model
	 * @generated
	 */
	PlanObjective getObjective();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getObjective <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' attribute.
	 * @see dev.upskill.model.PlanObjective
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(PlanObjective value);

	/**
	 * Returns the value of the '<em><b>Max Parallel</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many steps run in the same week (recurring steps such as meetups and mentoring run alongside and are not counted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Parallel</em>' attribute.
	 * @see #setMaxParallel(int)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_MaxParallel()
	 * @model default="2"
	 * @generated
	 */
	int getMaxParallel();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#getMaxParallel <em>Max Parallel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Parallel</em>' attribute.
	 * @see #getMaxParallel()
	 * @generated
	 */
	void setMaxParallel(int value);

	/**
	 * Returns the value of the '<em><b>Include Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the plan also closes the target role's optional requirements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Include Optional</em>' attribute.
	 * @see #setIncludeOptional(boolean)
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_IncludeOptional()
	 * @model
	 * @generated
	 */
	boolean isIncludeOptional();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningPlan#isIncludeOptional <em>Include Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Optional</em>' attribute.
	 * @see #isIncludeOptional()
	 * @generated
	 */
	void setIncludeOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Rates</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.ExchangeRate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exchange rates the planner used to convert resource costs into the plan's currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rates</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getLearningPlan_Rates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExchangeRate> getRates();

} // LearningPlan
