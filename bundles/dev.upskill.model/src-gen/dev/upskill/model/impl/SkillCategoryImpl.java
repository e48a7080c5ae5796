/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.SkillCategory;
import dev.upskill.model.UpskillPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Skill Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.SkillCategoryImpl#getSubcategories <em>Subcategories</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillCategoryImpl#getFacets <em>Facets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SkillCategoryImpl extends NamedElementImpl implements SkillCategory {
	/**
	 * The cached value of the '{@link #getSubcategories() <em>Subcategories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubcategories()
	 * @generated
	 * @ordered
	 */
	protected EList<SkillCategory> subcategories;

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
	protected SkillCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.SKILL_CATEGORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SkillCategory> getSubcategories() {
		if (subcategories == null) {
			subcategories = new EObjectContainmentEList<SkillCategory>(SkillCategory.class, this, UpskillPackage.SKILL_CATEGORY__SUBCATEGORIES);
		}
		return subcategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFacets() {
		if (facets == null) {
			facets = new EDataTypeUniqueEList<String>(String.class, this, UpskillPackage.SKILL_CATEGORY__FACETS);
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
			case UpskillPackage.SKILL_CATEGORY__SUBCATEGORIES:
				return ((InternalEList<?>)getSubcategories()).basicRemove(otherEnd, msgs);
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
			case UpskillPackage.SKILL_CATEGORY__SUBCATEGORIES:
				return getSubcategories();
			case UpskillPackage.SKILL_CATEGORY__FACETS:
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
			case UpskillPackage.SKILL_CATEGORY__SUBCATEGORIES:
				getSubcategories().clear();
				getSubcategories().addAll((Collection<? extends SkillCategory>)newValue);
				return;
			case UpskillPackage.SKILL_CATEGORY__FACETS:
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
			case UpskillPackage.SKILL_CATEGORY__SUBCATEGORIES:
				getSubcategories().clear();
				return;
			case UpskillPackage.SKILL_CATEGORY__FACETS:
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
			case UpskillPackage.SKILL_CATEGORY__SUBCATEGORIES:
				return subcategories != null && !subcategories.isEmpty();
			case UpskillPackage.SKILL_CATEGORY__FACETS:
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
		result.append(" (facets: ");
		result.append(facets);
		result.append(')');
		return result.toString();
	}

} //SkillCategoryImpl
