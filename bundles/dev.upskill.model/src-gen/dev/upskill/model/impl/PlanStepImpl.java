/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.LearningResource;
import dev.upskill.model.LogEntry;
import dev.upskill.model.PlanStep;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getStartWeek <em>Start Week</em>}</li>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getEndWeek <em>End Week</em>}</li>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getHoursLogged <em>Hours Logged</em>}</li>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getNote <em>Note</em>}</li>
 *   <li>{@link dev.upskill.model.impl.PlanStepImpl#getLog <em>Log</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanStepImpl extends MinimalEObjectImpl.Container implements PlanStep {
	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected LearningResource resource;

	/**
	 * The default value of the '{@link #getStartWeek() <em>Start Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartWeek()
	 * @generated
	 * @ordered
	 */
	protected static final int START_WEEK_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getStartWeek() <em>Start Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartWeek()
	 * @generated
	 * @ordered
	 */
	protected int startWeek = START_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndWeek() <em>End Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndWeek()
	 * @generated
	 * @ordered
	 */
	protected static final int END_WEEK_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getEndWeek() <em>End Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndWeek()
	 * @generated
	 * @ordered
	 */
	protected int endWeek = END_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StepStatus STATUS_EDEFAULT = StepStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected StepStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursLogged() <em>Hours Logged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursLogged()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_LOGGED_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHoursLogged() <em>Hours Logged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursLogged()
	 * @generated
	 * @ordered
	 */
	protected double hoursLogged = HOURS_LOGGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLog() <em>Log</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLog()
	 * @generated
	 * @ordered
	 */
	protected EList<LogEntry> log;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.PLAN_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningResource getResource() {
		if (resource != null && resource.eIsProxy()) {
			InternalEObject oldResource = (InternalEObject)resource;
			resource = (LearningResource)eResolveProxy(oldResource);
			if (resource != oldResource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, UpskillPackage.PLAN_STEP__RESOURCE, oldResource, resource));
			}
		}
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LearningResource basicGetResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResource(LearningResource newResource) {
		LearningResource oldResource = resource;
		resource = newResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PLAN_STEP__RESOURCE, oldResource, resource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartWeek() {
		return startWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartWeek(int newStartWeek) {
		int oldStartWeek = startWeek;
		startWeek = newStartWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PLAN_STEP__START_WEEK, oldStartWeek, startWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndWeek() {
		return endWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndWeek(int newEndWeek) {
		int oldEndWeek = endWeek;
		endWeek = newEndWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PLAN_STEP__END_WEEK, oldEndWeek, endWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(StepStatus newStatus) {
		StepStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PLAN_STEP__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursLogged() {
		return hoursLogged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursLogged(double newHoursLogged) {
		double oldHoursLogged = hoursLogged;
		hoursLogged = newHoursLogged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PLAN_STEP__HOURS_LOGGED, oldHoursLogged, hoursLogged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PLAN_STEP__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogEntry> getLog() {
		if (log == null) {
			log = new EObjectContainmentEList<LogEntry>(LogEntry.class, this, UpskillPackage.PLAN_STEP__LOG);
		}
		return log;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case UpskillPackage.PLAN_STEP__LOG:
				return ((InternalEList<?>)getLog()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case UpskillPackage.PLAN_STEP__RESOURCE:
				if (resolve) return getResource();
				return basicGetResource();
			case UpskillPackage.PLAN_STEP__START_WEEK:
				return getStartWeek();
			case UpskillPackage.PLAN_STEP__END_WEEK:
				return getEndWeek();
			case UpskillPackage.PLAN_STEP__STATUS:
				return getStatus();
			case UpskillPackage.PLAN_STEP__HOURS_LOGGED:
				return getHoursLogged();
			case UpskillPackage.PLAN_STEP__NOTE:
				return getNote();
			case UpskillPackage.PLAN_STEP__LOG:
				return getLog();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case UpskillPackage.PLAN_STEP__RESOURCE:
				setResource((LearningResource)newValue);
				return;
			case UpskillPackage.PLAN_STEP__START_WEEK:
				setStartWeek((Integer)newValue);
				return;
			case UpskillPackage.PLAN_STEP__END_WEEK:
				setEndWeek((Integer)newValue);
				return;
			case UpskillPackage.PLAN_STEP__STATUS:
				setStatus((StepStatus)newValue);
				return;
			case UpskillPackage.PLAN_STEP__HOURS_LOGGED:
				setHoursLogged((Double)newValue);
				return;
			case UpskillPackage.PLAN_STEP__NOTE:
				setNote((String)newValue);
				return;
			case UpskillPackage.PLAN_STEP__LOG:
				getLog().clear();
				getLog().addAll((Collection<? extends LogEntry>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case UpskillPackage.PLAN_STEP__RESOURCE:
				setResource((LearningResource)null);
				return;
			case UpskillPackage.PLAN_STEP__START_WEEK:
				setStartWeek(START_WEEK_EDEFAULT);
				return;
			case UpskillPackage.PLAN_STEP__END_WEEK:
				setEndWeek(END_WEEK_EDEFAULT);
				return;
			case UpskillPackage.PLAN_STEP__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case UpskillPackage.PLAN_STEP__HOURS_LOGGED:
				setHoursLogged(HOURS_LOGGED_EDEFAULT);
				return;
			case UpskillPackage.PLAN_STEP__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case UpskillPackage.PLAN_STEP__LOG:
				getLog().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case UpskillPackage.PLAN_STEP__RESOURCE:
				return resource != null;
			case UpskillPackage.PLAN_STEP__START_WEEK:
				return startWeek != START_WEEK_EDEFAULT;
			case UpskillPackage.PLAN_STEP__END_WEEK:
				return endWeek != END_WEEK_EDEFAULT;
			case UpskillPackage.PLAN_STEP__STATUS:
				return status != STATUS_EDEFAULT;
			case UpskillPackage.PLAN_STEP__HOURS_LOGGED:
				return hoursLogged != HOURS_LOGGED_EDEFAULT;
			case UpskillPackage.PLAN_STEP__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case UpskillPackage.PLAN_STEP__LOG:
				return log != null && !log.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (startWeek: ");
		result.append(startWeek);
		result.append(", endWeek: ");
		result.append(endWeek);
		result.append(", status: ");
		result.append(status);
		result.append(", hoursLogged: ");
		result.append(hoursLogged);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //PlanStepImpl
