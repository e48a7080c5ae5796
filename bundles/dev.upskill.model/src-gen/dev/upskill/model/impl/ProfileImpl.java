/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.UpskillPackage;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getCurrentRole <em>Current Role</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getCurrentRoleTitle <em>Current Role Title</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getTargetRoles <em>Target Roles</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.impl.ProfileImpl#getAssessments <em>Assessments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProfileImpl extends NamedElementImpl implements Profile {
	/**
	 * The default value of the '{@link #getPerson() <em>Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected String person = PERSON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCurrentRole() <em>Current Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentRole()
	 * @generated
	 * @ordered
	 */
	protected Role currentRole;

	/**
	 * The default value of the '{@link #getCurrentRoleTitle() <em>Current Role Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentRoleTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENT_ROLE_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentRoleTitle() <em>Current Role Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentRoleTitle()
	 * @generated
	 * @ordered
	 */
	protected String currentRoleTitle = CURRENT_ROLE_TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetRoles() <em>Target Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> targetRoles;

	/**
	 * The default value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeklyHours()
	 * @generated
	 * @ordered
	 */
	protected static final double WEEKLY_HOURS_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeklyHours()
	 * @generated
	 * @ordered
	 */
	protected double weeklyHours = WEEKLY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "USD";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillAssessment> assessments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(String newPerson) {
		String oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PROFILE__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getCurrentRole() {
		if (currentRole != null && currentRole.eIsProxy()) {
			InternalEObject oldCurrentRole = (InternalEObject)currentRole;
			currentRole = (Role)eResolveProxy(oldCurrentRole);
			if (currentRole != oldCurrentRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, UpskillPackage.PROFILE__CURRENT_ROLE, oldCurrentRole, currentRole));
			}
		}
		return currentRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetCurrentRole() {
		return currentRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentRole(Role newCurrentRole) {
		Role oldCurrentRole = currentRole;
		currentRole = newCurrentRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PROFILE__CURRENT_ROLE, oldCurrentRole, currentRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrentRoleTitle() {
		return currentRoleTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentRoleTitle(String newCurrentRoleTitle) {
		String oldCurrentRoleTitle = currentRoleTitle;
		currentRoleTitle = newCurrentRoleTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PROFILE__CURRENT_ROLE_TITLE, oldCurrentRoleTitle, currentRoleTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getTargetRoles() {
		if (targetRoles == null) {
			targetRoles = new EObjectResolvingEList<Role>(Role.class, this, UpskillPackage.PROFILE__TARGET_ROLES);
		}
		return targetRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeeklyHours() {
		return weeklyHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeeklyHours(double newWeeklyHours) {
		double oldWeeklyHours = weeklyHours;
		weeklyHours = newWeeklyHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PROFILE__WEEKLY_HOURS, oldWeeklyHours, weeklyHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(BigDecimal newBudget) {
		BigDecimal oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PROFILE__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.PROFILE__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillAssessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<SkillAssessment>(SkillAssessment.class, this, UpskillPackage.PROFILE__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case UpskillPackage.PROFILE__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
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
			case UpskillPackage.PROFILE__PERSON:
				return getPerson();
			case UpskillPackage.PROFILE__CURRENT_ROLE:
				if (resolve) return getCurrentRole();
				return basicGetCurrentRole();
			case UpskillPackage.PROFILE__CURRENT_ROLE_TITLE:
				return getCurrentRoleTitle();
			case UpskillPackage.PROFILE__TARGET_ROLES:
				return getTargetRoles();
			case UpskillPackage.PROFILE__WEEKLY_HOURS:
				return getWeeklyHours();
			case UpskillPackage.PROFILE__BUDGET:
				return getBudget();
			case UpskillPackage.PROFILE__CURRENCY:
				return getCurrency();
			case UpskillPackage.PROFILE__ASSESSMENTS:
				return getAssessments();
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
			case UpskillPackage.PROFILE__PERSON:
				setPerson((String)newValue);
				return;
			case UpskillPackage.PROFILE__CURRENT_ROLE:
				setCurrentRole((Role)newValue);
				return;
			case UpskillPackage.PROFILE__CURRENT_ROLE_TITLE:
				setCurrentRoleTitle((String)newValue);
				return;
			case UpskillPackage.PROFILE__TARGET_ROLES:
				getTargetRoles().clear();
				getTargetRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case UpskillPackage.PROFILE__WEEKLY_HOURS:
				setWeeklyHours((Double)newValue);
				return;
			case UpskillPackage.PROFILE__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case UpskillPackage.PROFILE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case UpskillPackage.PROFILE__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends SkillAssessment>)newValue);
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
			case UpskillPackage.PROFILE__PERSON:
				setPerson(PERSON_EDEFAULT);
				return;
			case UpskillPackage.PROFILE__CURRENT_ROLE:
				setCurrentRole((Role)null);
				return;
			case UpskillPackage.PROFILE__CURRENT_ROLE_TITLE:
				setCurrentRoleTitle(CURRENT_ROLE_TITLE_EDEFAULT);
				return;
			case UpskillPackage.PROFILE__TARGET_ROLES:
				getTargetRoles().clear();
				return;
			case UpskillPackage.PROFILE__WEEKLY_HOURS:
				setWeeklyHours(WEEKLY_HOURS_EDEFAULT);
				return;
			case UpskillPackage.PROFILE__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case UpskillPackage.PROFILE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case UpskillPackage.PROFILE__ASSESSMENTS:
				getAssessments().clear();
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
			case UpskillPackage.PROFILE__PERSON:
				return PERSON_EDEFAULT == null ? person != null : !PERSON_EDEFAULT.equals(person);
			case UpskillPackage.PROFILE__CURRENT_ROLE:
				return currentRole != null;
			case UpskillPackage.PROFILE__CURRENT_ROLE_TITLE:
				return CURRENT_ROLE_TITLE_EDEFAULT == null ? currentRoleTitle != null : !CURRENT_ROLE_TITLE_EDEFAULT.equals(currentRoleTitle);
			case UpskillPackage.PROFILE__TARGET_ROLES:
				return targetRoles != null && !targetRoles.isEmpty();
			case UpskillPackage.PROFILE__WEEKLY_HOURS:
				return weeklyHours != WEEKLY_HOURS_EDEFAULT;
			case UpskillPackage.PROFILE__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case UpskillPackage.PROFILE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case UpskillPackage.PROFILE__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
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
		result.append(" (person: ");
		result.append(person);
		result.append(", currentRoleTitle: ");
		result.append(currentRoleTitle);
		result.append(", weeklyHours: ");
		result.append(weeklyHours);
		result.append(", budget: ");
		result.append(budget);
		result.append(", currency: ");
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //ProfileImpl
