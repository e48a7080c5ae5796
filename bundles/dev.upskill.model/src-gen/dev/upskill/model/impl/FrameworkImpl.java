/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.UpskillPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getScales <em>Scales</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getSkills <em>Skills</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link dev.upskill.model.impl.FrameworkImpl#getResources <em>Resources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrameworkImpl extends NamedElementImpl implements Framework {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceUri() <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUri()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceUri() <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUri()
	 * @generated
	 * @ordered
	 */
	protected String sourceUri = SOURCE_URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScales() <em>Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScales()
	 * @generated
	 * @ordered
	 */
	protected EList<ProficiencyScale> scales;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillCategory> categories;

	/**
	 * The cached value of the '{@link #getSkills() <em>Skills</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkills()
	 * @generated
	 * @ordered
	 */
	protected EList<Skill> skills;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningResource> resources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.FRAMEWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.FRAMEWORK__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.FRAMEWORK__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceUri() {
		return sourceUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceUri(String newSourceUri) {
		String oldSourceUri = sourceUri;
		sourceUri = newSourceUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.FRAMEWORK__SOURCE_URI, oldSourceUri, sourceUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence() {
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence) {
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.FRAMEWORK__LICENCE, oldLicence, licence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProficiencyScale> getScales() {
		if (scales == null) {
			scales = new EObjectContainmentEList<ProficiencyScale>(ProficiencyScale.class, this, UpskillPackage.FRAMEWORK__SCALES);
		}
		return scales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillCategory> getCategories() {
		if (categories == null) {
			categories = new EObjectContainmentEList<SkillCategory>(SkillCategory.class, this, UpskillPackage.FRAMEWORK__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Skill> getSkills() {
		if (skills == null) {
			skills = new EObjectContainmentEList<Skill>(Skill.class, this, UpskillPackage.FRAMEWORK__SKILLS);
		}
		return skills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, UpskillPackage.FRAMEWORK__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningResource> getResources() {
		if (resources == null) {
			resources = new EObjectContainmentEList<LearningResource>(LearningResource.class, this, UpskillPackage.FRAMEWORK__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case UpskillPackage.FRAMEWORK__SCALES:
				return ((InternalEList<?>)getScales()).basicRemove(otherEnd, msgs);
			case UpskillPackage.FRAMEWORK__CATEGORIES:
				return ((InternalEList<?>)getCategories()).basicRemove(otherEnd, msgs);
			case UpskillPackage.FRAMEWORK__SKILLS:
				return ((InternalEList<?>)getSkills()).basicRemove(otherEnd, msgs);
			case UpskillPackage.FRAMEWORK__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case UpskillPackage.FRAMEWORK__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
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
			case UpskillPackage.FRAMEWORK__VERSION:
				return getVersion();
			case UpskillPackage.FRAMEWORK__PUBLISHER:
				return getPublisher();
			case UpskillPackage.FRAMEWORK__SOURCE_URI:
				return getSourceUri();
			case UpskillPackage.FRAMEWORK__LICENCE:
				return getLicence();
			case UpskillPackage.FRAMEWORK__SCALES:
				return getScales();
			case UpskillPackage.FRAMEWORK__CATEGORIES:
				return getCategories();
			case UpskillPackage.FRAMEWORK__SKILLS:
				return getSkills();
			case UpskillPackage.FRAMEWORK__ROLES:
				return getRoles();
			case UpskillPackage.FRAMEWORK__RESOURCES:
				return getResources();
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
			case UpskillPackage.FRAMEWORK__VERSION:
				setVersion((String)newValue);
				return;
			case UpskillPackage.FRAMEWORK__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case UpskillPackage.FRAMEWORK__SOURCE_URI:
				setSourceUri((String)newValue);
				return;
			case UpskillPackage.FRAMEWORK__LICENCE:
				setLicence((String)newValue);
				return;
			case UpskillPackage.FRAMEWORK__SCALES:
				getScales().clear();
				getScales().addAll((Collection<? extends ProficiencyScale>)newValue);
				return;
			case UpskillPackage.FRAMEWORK__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends SkillCategory>)newValue);
				return;
			case UpskillPackage.FRAMEWORK__SKILLS:
				getSkills().clear();
				getSkills().addAll((Collection<? extends Skill>)newValue);
				return;
			case UpskillPackage.FRAMEWORK__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case UpskillPackage.FRAMEWORK__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends LearningResource>)newValue);
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
			case UpskillPackage.FRAMEWORK__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case UpskillPackage.FRAMEWORK__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case UpskillPackage.FRAMEWORK__SOURCE_URI:
				setSourceUri(SOURCE_URI_EDEFAULT);
				return;
			case UpskillPackage.FRAMEWORK__LICENCE:
				setLicence(LICENCE_EDEFAULT);
				return;
			case UpskillPackage.FRAMEWORK__SCALES:
				getScales().clear();
				return;
			case UpskillPackage.FRAMEWORK__CATEGORIES:
				getCategories().clear();
				return;
			case UpskillPackage.FRAMEWORK__SKILLS:
				getSkills().clear();
				return;
			case UpskillPackage.FRAMEWORK__ROLES:
				getRoles().clear();
				return;
			case UpskillPackage.FRAMEWORK__RESOURCES:
				getResources().clear();
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
			case UpskillPackage.FRAMEWORK__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case UpskillPackage.FRAMEWORK__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case UpskillPackage.FRAMEWORK__SOURCE_URI:
				return SOURCE_URI_EDEFAULT == null ? sourceUri != null : !SOURCE_URI_EDEFAULT.equals(sourceUri);
			case UpskillPackage.FRAMEWORK__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
			case UpskillPackage.FRAMEWORK__SCALES:
				return scales != null && !scales.isEmpty();
			case UpskillPackage.FRAMEWORK__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case UpskillPackage.FRAMEWORK__SKILLS:
				return skills != null && !skills.isEmpty();
			case UpskillPackage.FRAMEWORK__ROLES:
				return roles != null && !roles.isEmpty();
			case UpskillPackage.FRAMEWORK__RESOURCES:
				return resources != null && !resources.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", sourceUri: ");
		result.append(sourceUri);
		result.append(", licence: ");
		result.append(licence);
		result.append(')');
		return result.toString();
	}

} //FrameworkImpl
