/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.ExchangeRate;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanObjective;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.UpskillPackage;

import java.math.BigDecimal;

import java.time.LocalDate;

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
 * An implementation of the model object '<em><b>Learning Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getProfile <em>Profile</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getTargetRole <em>Target Role</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getOtherTargetRoles <em>Other Target Roles</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getMaxParallel <em>Max Parallel</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#isIncludeOptional <em>Include Optional</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningPlanImpl#getRates <em>Rates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningPlanImpl extends NamedElementImpl implements LearningPlan {
	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected Profile profile;

	/**
	 * The cached value of the '{@link #getTargetRole() <em>Target Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetRole()
	 * @generated
	 * @ordered
	 */
	protected Role targetRole;

	/**
	 * The cached value of the '{@link #getOtherTargetRoles() <em>Other Target Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherTargetRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> otherTargetRoles;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

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
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanStep> steps;

	/**
	 * The default value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected static final PlanObjective OBJECTIVE_EDEFAULT = PlanObjective.HOURS;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected PlanObjective objective = OBJECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxParallel() <em>Max Parallel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxParallel()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PARALLEL_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getMaxParallel() <em>Max Parallel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxParallel()
	 * @generated
	 * @ordered
	 */
	protected int maxParallel = MAX_PARALLEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isIncludeOptional() <em>Include Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeOptional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCLUDE_OPTIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncludeOptional() <em>Include Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeOptional()
	 * @generated
	 * @ordered
	 */
	protected boolean includeOptional = INCLUDE_OPTIONAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRates() <em>Rates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRates()
	 * @generated
	 * @ordered
	 */
	protected EList<ExchangeRate> rates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.LEARNING_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Profile getProfile() {
		if (profile != null && profile.eIsProxy()) {
			InternalEObject oldProfile = (InternalEObject)profile;
			profile = (Profile)eResolveProxy(oldProfile);
			if (profile != oldProfile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, UpskillPackage.LEARNING_PLAN__PROFILE, oldProfile, profile));
			}
		}
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Profile basicGetProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(Profile newProfile) {
		Profile oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__PROFILE, oldProfile, profile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getTargetRole() {
		if (targetRole != null && targetRole.eIsProxy()) {
			InternalEObject oldTargetRole = (InternalEObject)targetRole;
			targetRole = (Role)eResolveProxy(oldTargetRole);
			if (targetRole != oldTargetRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, UpskillPackage.LEARNING_PLAN__TARGET_ROLE, oldTargetRole, targetRole));
			}
		}
		return targetRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetTargetRole() {
		return targetRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetRole(Role newTargetRole) {
		Role oldTargetRole = targetRole;
		targetRole = newTargetRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__TARGET_ROLE, oldTargetRole, targetRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getOtherTargetRoles() {
		if (otherTargetRoles == null) {
			otherTargetRoles = new EObjectResolvingEList<Role>(Role.class, this, UpskillPackage.LEARNING_PLAN__OTHER_TARGET_ROLES);
		}
		return otherTargetRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__END_DATE, oldEndDate, endDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__WEEKLY_HOURS, oldWeeklyHours, weeklyHours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__BUDGET, oldBudget, budget));
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
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<PlanStep>(PlanStep.class, this, UpskillPackage.LEARNING_PLAN__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanObjective getObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(PlanObjective newObjective) {
		PlanObjective oldObjective = objective;
		objective = newObjective == null ? OBJECTIVE_EDEFAULT : newObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__OBJECTIVE, oldObjective, objective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxParallel() {
		return maxParallel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxParallel(int newMaxParallel) {
		int oldMaxParallel = maxParallel;
		maxParallel = newMaxParallel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__MAX_PARALLEL, oldMaxParallel, maxParallel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeOptional() {
		return includeOptional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeOptional(boolean newIncludeOptional) {
		boolean oldIncludeOptional = includeOptional;
		includeOptional = newIncludeOptional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_PLAN__INCLUDE_OPTIONAL, oldIncludeOptional, includeOptional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExchangeRate> getRates() {
		if (rates == null) {
			rates = new EObjectContainmentEList<ExchangeRate>(ExchangeRate.class, this, UpskillPackage.LEARNING_PLAN__RATES);
		}
		return rates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case UpskillPackage.LEARNING_PLAN__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case UpskillPackage.LEARNING_PLAN__RATES:
				return ((InternalEList<?>)getRates()).basicRemove(otherEnd, msgs);
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
			case UpskillPackage.LEARNING_PLAN__PROFILE:
				if (resolve) return getProfile();
				return basicGetProfile();
			case UpskillPackage.LEARNING_PLAN__TARGET_ROLE:
				if (resolve) return getTargetRole();
				return basicGetTargetRole();
			case UpskillPackage.LEARNING_PLAN__OTHER_TARGET_ROLES:
				return getOtherTargetRoles();
			case UpskillPackage.LEARNING_PLAN__START_DATE:
				return getStartDate();
			case UpskillPackage.LEARNING_PLAN__END_DATE:
				return getEndDate();
			case UpskillPackage.LEARNING_PLAN__WEEKLY_HOURS:
				return getWeeklyHours();
			case UpskillPackage.LEARNING_PLAN__BUDGET:
				return getBudget();
			case UpskillPackage.LEARNING_PLAN__CURRENCY:
				return getCurrency();
			case UpskillPackage.LEARNING_PLAN__STEPS:
				return getSteps();
			case UpskillPackage.LEARNING_PLAN__OBJECTIVE:
				return getObjective();
			case UpskillPackage.LEARNING_PLAN__MAX_PARALLEL:
				return getMaxParallel();
			case UpskillPackage.LEARNING_PLAN__INCLUDE_OPTIONAL:
				return isIncludeOptional();
			case UpskillPackage.LEARNING_PLAN__RATES:
				return getRates();
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
			case UpskillPackage.LEARNING_PLAN__PROFILE:
				setProfile((Profile)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__TARGET_ROLE:
				setTargetRole((Role)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__OTHER_TARGET_ROLES:
				getOtherTargetRoles().clear();
				getOtherTargetRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__WEEKLY_HOURS:
				setWeeklyHours((Double)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__CURRENCY:
				setCurrency((String)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends PlanStep>)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__OBJECTIVE:
				setObjective((PlanObjective)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__MAX_PARALLEL:
				setMaxParallel((Integer)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__INCLUDE_OPTIONAL:
				setIncludeOptional((Boolean)newValue);
				return;
			case UpskillPackage.LEARNING_PLAN__RATES:
				getRates().clear();
				getRates().addAll((Collection<? extends ExchangeRate>)newValue);
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
			case UpskillPackage.LEARNING_PLAN__PROFILE:
				setProfile((Profile)null);
				return;
			case UpskillPackage.LEARNING_PLAN__TARGET_ROLE:
				setTargetRole((Role)null);
				return;
			case UpskillPackage.LEARNING_PLAN__OTHER_TARGET_ROLES:
				getOtherTargetRoles().clear();
				return;
			case UpskillPackage.LEARNING_PLAN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__WEEKLY_HOURS:
				setWeeklyHours(WEEKLY_HOURS_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__STEPS:
				getSteps().clear();
				return;
			case UpskillPackage.LEARNING_PLAN__OBJECTIVE:
				setObjective(OBJECTIVE_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__MAX_PARALLEL:
				setMaxParallel(MAX_PARALLEL_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__INCLUDE_OPTIONAL:
				setIncludeOptional(INCLUDE_OPTIONAL_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_PLAN__RATES:
				getRates().clear();
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
			case UpskillPackage.LEARNING_PLAN__PROFILE:
				return profile != null;
			case UpskillPackage.LEARNING_PLAN__TARGET_ROLE:
				return targetRole != null;
			case UpskillPackage.LEARNING_PLAN__OTHER_TARGET_ROLES:
				return otherTargetRoles != null && !otherTargetRoles.isEmpty();
			case UpskillPackage.LEARNING_PLAN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case UpskillPackage.LEARNING_PLAN__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case UpskillPackage.LEARNING_PLAN__WEEKLY_HOURS:
				return weeklyHours != WEEKLY_HOURS_EDEFAULT;
			case UpskillPackage.LEARNING_PLAN__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case UpskillPackage.LEARNING_PLAN__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case UpskillPackage.LEARNING_PLAN__STEPS:
				return steps != null && !steps.isEmpty();
			case UpskillPackage.LEARNING_PLAN__OBJECTIVE:
				return objective != OBJECTIVE_EDEFAULT;
			case UpskillPackage.LEARNING_PLAN__MAX_PARALLEL:
				return maxParallel != MAX_PARALLEL_EDEFAULT;
			case UpskillPackage.LEARNING_PLAN__INCLUDE_OPTIONAL:
				return includeOptional != INCLUDE_OPTIONAL_EDEFAULT;
			case UpskillPackage.LEARNING_PLAN__RATES:
				return rates != null && !rates.isEmpty();
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
		result.append(" (startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", weeklyHours: ");
		result.append(weeklyHours);
		result.append(", budget: ");
		result.append(budget);
		result.append(", currency: ");
		result.append(currency);
		result.append(", objective: ");
		result.append(objective);
		result.append(", maxParallel: ");
		result.append(maxParallel);
		result.append(", includeOptional: ");
		result.append(includeOptional);
		result.append(')');
		return result.toString();
	}

} //LearningPlanImpl
