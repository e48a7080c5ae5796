/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One learning resource scheduled over weeks of a plan, with its progress.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.PlanStep#getResource <em>Resource</em>}</li>
 *   <li>{@link dev.upskill.model.PlanStep#getStartWeek <em>Start Week</em>}</li>
 *   <li>{@link dev.upskill.model.PlanStep#getEndWeek <em>End Week</em>}</li>
 *   <li>{@link dev.upskill.model.PlanStep#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.upskill.model.PlanStep#getHoursLogged <em>Hours Logged</em>}</li>
 *   <li>{@link dev.upskill.model.PlanStep#getNote <em>Note</em>}</li>
 *   <li>{@link dev.upskill.model.PlanStep#getLog <em>Log</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getPlanStep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='startWeekPositive endAfterStart withinPlan nonNegativeHoursLogged logWithinTotal'"
 * @generated
 */
public interface PlanStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The resource to work through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource</em>' reference.
	 * @see #setResource(LearningResource)
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_Resource()
	 * @model required="true"
	 * @generated
	 */
	LearningResource getResource();

	/**
	 * Sets the value of the '{@link dev.upskill.model.PlanStep#getResource <em>Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(LearningResource value);

	/**
	 * Returns the value of the '<em><b>Start Week</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First week of the step (week 1 starts on the plan's start date).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Week</em>' attribute.
	 * @see #setStartWeek(int)
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_StartWeek()
	 * @model default="1"
	 * @generated
	 */
	int getStartWeek();

	/**
	 * Sets the value of the '{@link dev.upskill.model.PlanStep#getStartWeek <em>Start Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Week</em>' attribute.
	 * @see #getStartWeek()
	 * @generated
	 */
	void setStartWeek(int value);

	/**
	 * Returns the value of the '<em><b>End Week</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last week of the step (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Week</em>' attribute.
	 * @see #setEndWeek(int)
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_EndWeek()
	 * @model default="1"
	 * @generated
	 */
	int getEndWeek();

	/**
	 * Sets the value of the '{@link dev.upskill.model.PlanStep#getEndWeek <em>End Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Week</em>' attribute.
	 * @see #getEndWeek()
	 * @generated
	 */
	void setEndWeek(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.upskill.model.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress of the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.upskill.model.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_Status()
	 * @model
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.upskill.model.PlanStep#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.upskill.model.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Hours Logged</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours spent on the step so far: always the step's total. The dated log entries are the part of it whose week is known; logging an entry adds its hours to this total. Hours of the total that no entry covers (files written before the log existed) count in the step's start week.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours Logged</em>' attribute.
	 * @see #setHoursLogged(double)
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_HoursLogged()
	 * @model default="0.0"
	 * @generated
	 */
	double getHoursLogged();

	/**
	 * Sets the value of the '{@link dev.upskill.model.PlanStep#getHoursLogged <em>Hours Logged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Logged</em>' attribute.
	 * @see #getHoursLogged()
	 * @generated
	 */
	void setHoursLogged(double value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text remark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link dev.upskill.model.PlanStep#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Log</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.LogEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dated records of the time spent on the step, oldest first; their hours are part of hoursLogged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getPlanStep_Log()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogEntry> getLog();

} // PlanStep
