/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.Role;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.RoleImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link dev.upskill.model.impl.RoleImpl#getRelatedRoles <em>Related Roles</em>}</li>
 *   <li>{@link dev.upskill.model.impl.RoleImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link dev.upskill.model.impl.RoleImpl#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link dev.upskill.model.impl.RoleImpl#getFacets <em>Facets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleImpl extends NamedElementImpl implements Role {
	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelatedRoles() <em>Related Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> relatedRoles;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillRequirement> requirements;

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
	 * The cached value of the '{@link #getFacets() <em>Facets</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacets()
	 * @generated
	 * @ordered
	 */
	protected EList<String> facets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.ROLE__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRelatedRoles() {
		if (relatedRoles == null) {
			relatedRoles = new EObjectResolvingEList<Role>(Role.class, this, UpskillPackage.ROLE__RELATED_ROLES);
		}
		return relatedRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillRequirement> getRequirements() {
		if (requirements == null) {
			requirements = new EObjectContainmentEList<SkillRequirement>(SkillRequirement.class, this, UpskillPackage.ROLE__REQUIREMENTS);
		}
		return requirements;
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
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.ROLE__SOURCE_URI, oldSourceUri, sourceUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFacets() {
		if (facets == null) {
			facets = new EDataTypeUniqueEList<String>(String.class, this, UpskillPackage.ROLE__FACETS);
		}
		return facets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case UpskillPackage.ROLE__REQUIREMENTS:
				return ((InternalEList<?>)getRequirements()).basicRemove(otherEnd, msgs);
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
			case UpskillPackage.ROLE__FAMILY:
				return getFamily();
			case UpskillPackage.ROLE__RELATED_ROLES:
				return getRelatedRoles();
			case UpskillPackage.ROLE__REQUIREMENTS:
				return getRequirements();
			case UpskillPackage.ROLE__SOURCE_URI:
				return getSourceUri();
			case UpskillPackage.ROLE__FACETS:
				return getFacets();
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
			case UpskillPackage.ROLE__FAMILY:
				setFamily((String)newValue);
				return;
			case UpskillPackage.ROLE__RELATED_ROLES:
				getRelatedRoles().clear();
				getRelatedRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case UpskillPackage.ROLE__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends SkillRequirement>)newValue);
				return;
			case UpskillPackage.ROLE__SOURCE_URI:
				setSourceUri((String)newValue);
				return;
			case UpskillPackage.ROLE__FACETS:
				getFacets().clear();
				getFacets().addAll((Collection<? extends String>)newValue);
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
			case UpskillPackage.ROLE__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case UpskillPackage.ROLE__RELATED_ROLES:
				getRelatedRoles().clear();
				return;
			case UpskillPackage.ROLE__REQUIREMENTS:
				getRequirements().clear();
				return;
			case UpskillPackage.ROLE__SOURCE_URI:
				setSourceUri(SOURCE_URI_EDEFAULT);
				return;
			case UpskillPackage.ROLE__FACETS:
				getFacets().clear();
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
			case UpskillPackage.ROLE__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case UpskillPackage.ROLE__RELATED_ROLES:
				return relatedRoles != null && !relatedRoles.isEmpty();
			case UpskillPackage.ROLE__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
			case UpskillPackage.ROLE__SOURCE_URI:
				return SOURCE_URI_EDEFAULT == null ? sourceUri != null : !SOURCE_URI_EDEFAULT.equals(sourceUri);
			case UpskillPackage.ROLE__FACETS:
				return facets != null && !facets.isEmpty();
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
		result.append(" (family: ");
		result.append(family);
		result.append(", sourceUri: ");
		result.append(sourceUri);
		result.append(", facets: ");
		result.append(facets);
		result.append(')');
		return result.toString();
	}

} //RoleImpl
