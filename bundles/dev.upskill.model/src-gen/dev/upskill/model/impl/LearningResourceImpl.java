/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.LearningResource;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.SkillGain;
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
 * An implementation of the model object '<em><b>Learning Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#isEstimate <em>Estimate</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getGains <em>Gains</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link dev.upskill.model.impl.LearningResourceImpl#getRequiredResources <em>Required Resources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningResourceImpl extends NamedElementImpl implements LearningResource {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ResourceKind KIND_EDEFAULT = ResourceKind.COURSE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ResourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = new BigDecimal("0");

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

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
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected double hours = HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEstimate() <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEstimate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESTIMATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEstimate() <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEstimate()
	 * @generated
	 * @ordered
	 */
	protected boolean estimate = ESTIMATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGains() <em>Gains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGains()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillGain> gains;

	/**
	 * The cached value of the '{@link #getPrerequisites() <em>Prerequisites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisites()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillGain> prerequisites;

	/**
	 * The cached value of the '{@link #getRequiredResources() <em>Required Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredResources()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningResource> requiredResources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.LEARNING_RESOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ResourceKind newKind) {
		ResourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__COST, oldCost, cost));
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
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(double newHours) {
		double oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimate(boolean newEstimate) {
		boolean oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.LEARNING_RESOURCE__ESTIMATE, oldEstimate, estimate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillGain> getGains() {
		if (gains == null) {
			gains = new EObjectContainmentEList<SkillGain>(SkillGain.class, this, UpskillPackage.LEARNING_RESOURCE__GAINS);
		}
		return gains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillGain> getPrerequisites() {
		if (prerequisites == null) {
			prerequisites = new EObjectContainmentEList<SkillGain>(SkillGain.class, this, UpskillPackage.LEARNING_RESOURCE__PREREQUISITES);
		}
		return prerequisites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningResource> getRequiredResources() {
		if (requiredResources == null) {
			requiredResources = new EObjectResolvingEList<LearningResource>(LearningResource.class, this, UpskillPackage.LEARNING_RESOURCE__REQUIRED_RESOURCES);
		}
		return requiredResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case UpskillPackage.LEARNING_RESOURCE__GAINS:
				return ((InternalEList<?>)getGains()).basicRemove(otherEnd, msgs);
			case UpskillPackage.LEARNING_RESOURCE__PREREQUISITES:
				return ((InternalEList<?>)getPrerequisites()).basicRemove(otherEnd, msgs);
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
			case UpskillPackage.LEARNING_RESOURCE__KIND:
				return getKind();
			case UpskillPackage.LEARNING_RESOURCE__PROVIDER:
				return getProvider();
			case UpskillPackage.LEARNING_RESOURCE__URL:
				return getUrl();
			case UpskillPackage.LEARNING_RESOURCE__COST:
				return getCost();
			case UpskillPackage.LEARNING_RESOURCE__CURRENCY:
				return getCurrency();
			case UpskillPackage.LEARNING_RESOURCE__HOURS:
				return getHours();
			case UpskillPackage.LEARNING_RESOURCE__ESTIMATE:
				return isEstimate();
			case UpskillPackage.LEARNING_RESOURCE__GAINS:
				return getGains();
			case UpskillPackage.LEARNING_RESOURCE__PREREQUISITES:
				return getPrerequisites();
			case UpskillPackage.LEARNING_RESOURCE__REQUIRED_RESOURCES:
				return getRequiredResources();
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
			case UpskillPackage.LEARNING_RESOURCE__KIND:
				setKind((ResourceKind)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__PROVIDER:
				setProvider((String)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__URL:
				setUrl((String)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__COST:
				setCost((BigDecimal)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__HOURS:
				setHours((Double)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__ESTIMATE:
				setEstimate((Boolean)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__GAINS:
				getGains().clear();
				getGains().addAll((Collection<? extends SkillGain>)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__PREREQUISITES:
				getPrerequisites().clear();
				getPrerequisites().addAll((Collection<? extends SkillGain>)newValue);
				return;
			case UpskillPackage.LEARNING_RESOURCE__REQUIRED_RESOURCES:
				getRequiredResources().clear();
				getRequiredResources().addAll((Collection<? extends LearningResource>)newValue);
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
			case UpskillPackage.LEARNING_RESOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__COST:
				setCost(COST_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__ESTIMATE:
				setEstimate(ESTIMATE_EDEFAULT);
				return;
			case UpskillPackage.LEARNING_RESOURCE__GAINS:
				getGains().clear();
				return;
			case UpskillPackage.LEARNING_RESOURCE__PREREQUISITES:
				getPrerequisites().clear();
				return;
			case UpskillPackage.LEARNING_RESOURCE__REQUIRED_RESOURCES:
				getRequiredResources().clear();
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
			case UpskillPackage.LEARNING_RESOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case UpskillPackage.LEARNING_RESOURCE__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case UpskillPackage.LEARNING_RESOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case UpskillPackage.LEARNING_RESOURCE__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case UpskillPackage.LEARNING_RESOURCE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case UpskillPackage.LEARNING_RESOURCE__HOURS:
				return hours != HOURS_EDEFAULT;
			case UpskillPackage.LEARNING_RESOURCE__ESTIMATE:
				return estimate != ESTIMATE_EDEFAULT;
			case UpskillPackage.LEARNING_RESOURCE__GAINS:
				return gains != null && !gains.isEmpty();
			case UpskillPackage.LEARNING_RESOURCE__PREREQUISITES:
				return prerequisites != null && !prerequisites.isEmpty();
			case UpskillPackage.LEARNING_RESOURCE__REQUIRED_RESOURCES:
				return requiredResources != null && !requiredResources.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", provider: ");
		result.append(provider);
		result.append(", url: ");
		result.append(url);
		result.append(", cost: ");
		result.append(cost);
		result.append(", currency: ");
		result.append(currency);
		result.append(", hours: ");
		result.append(hours);
		result.append(", estimate: ");
		result.append(estimate);
		result.append(')');
		return result.toString();
	}

} //LearningResourceImpl
