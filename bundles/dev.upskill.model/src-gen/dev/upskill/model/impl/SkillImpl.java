/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.impl;

import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.UpskillPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Skill</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getRequiresContext <em>Requires Context</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getRelated <em>Related</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link dev.upskill.model.impl.SkillImpl#getFacets <em>Facets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SkillImpl extends NamedElementImpl implements Skill {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SkillKind KIND_EDEFAULT = SkillKind.SKILL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SkillKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected SkillCategory category;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The cached value of the '{@link #getRequiresContext() <em>Requires Context</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiresContext()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiresContext;

	/**
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected EList<Skill> related;

	/**
	 * The cached value of the '{@link #getPrerequisites() <em>Prerequisites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisites()
	 * @generated
	 * @ordered
	 */
	protected EList<Skill> prerequisites;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected ProficiencyScale scale;

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
	protected SkillImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return UpskillPackage.Literals.SKILL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SkillKind newKind) {
		SkillKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.SKILL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillCategory getCategory() {
		if (category != null && category.eIsProxy()) {
			InternalEObject oldCategory = (InternalEObject)category;
			category = (SkillCategory)eResolveProxy(oldCategory);
			if (category != oldCategory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, UpskillPackage.SKILL__CATEGORY, oldCategory, category));
			}
		}
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SkillCategory basicGetCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(SkillCategory newCategory) {
		SkillCategory oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.SKILL__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, UpskillPackage.SKILL__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiresContext() {
		if (requiresContext == null) {
			requiresContext = new EDataTypeUniqueEList<String>(String.class, this, UpskillPackage.SKILL__REQUIRES_CONTEXT);
		}
		return requiresContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Skill> getRelated() {
		if (related == null) {
			related = new EObjectResolvingEList<Skill>(Skill.class, this, UpskillPackage.SKILL__RELATED);
		}
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Skill> getPrerequisites() {
		if (prerequisites == null) {
			prerequisites = new EObjectResolvingEList<Skill>(Skill.class, this, UpskillPackage.SKILL__PREREQUISITES);
		}
		return prerequisites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProficiencyScale getScale() {
		if (scale != null && scale.eIsProxy()) {
			InternalEObject oldScale = (InternalEObject)scale;
			scale = (ProficiencyScale)eResolveProxy(oldScale);
			if (scale != oldScale) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, UpskillPackage.SKILL__SCALE, oldScale, scale));
			}
		}
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProficiencyScale basicGetScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(ProficiencyScale newScale) {
		ProficiencyScale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.SKILL__SCALE, oldScale, scale));
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
			eNotify(new ENotificationImpl(this, Notification.SET, UpskillPackage.SKILL__SOURCE_URI, oldSourceUri, sourceUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFacets() {
		if (facets == null) {
			facets = new EDataTypeUniqueEList<String>(String.class, this, UpskillPackage.SKILL__FACETS);
		}
		return facets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case UpskillPackage.SKILL__KIND:
				return getKind();
			case UpskillPackage.SKILL__CATEGORY:
				if (resolve) return getCategory();
				return basicGetCategory();
			case UpskillPackage.SKILL__ALIASES:
				return getAliases();
			case UpskillPackage.SKILL__REQUIRES_CONTEXT:
				return getRequiresContext();
			case UpskillPackage.SKILL__RELATED:
				return getRelated();
			case UpskillPackage.SKILL__PREREQUISITES:
				return getPrerequisites();
			case UpskillPackage.SKILL__SCALE:
				if (resolve) return getScale();
				return basicGetScale();
			case UpskillPackage.SKILL__SOURCE_URI:
				return getSourceUri();
			case UpskillPackage.SKILL__FACETS:
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
			case UpskillPackage.SKILL__KIND:
				setKind((SkillKind)newValue);
				return;
			case UpskillPackage.SKILL__CATEGORY:
				setCategory((SkillCategory)newValue);
				return;
			case UpskillPackage.SKILL__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case UpskillPackage.SKILL__REQUIRES_CONTEXT:
				getRequiresContext().clear();
				getRequiresContext().addAll((Collection<? extends String>)newValue);
				return;
			case UpskillPackage.SKILL__RELATED:
				getRelated().clear();
				getRelated().addAll((Collection<? extends Skill>)newValue);
				return;
			case UpskillPackage.SKILL__PREREQUISITES:
				getPrerequisites().clear();
				getPrerequisites().addAll((Collection<? extends Skill>)newValue);
				return;
			case UpskillPackage.SKILL__SCALE:
				setScale((ProficiencyScale)newValue);
				return;
			case UpskillPackage.SKILL__SOURCE_URI:
				setSourceUri((String)newValue);
				return;
			case UpskillPackage.SKILL__FACETS:
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
			case UpskillPackage.SKILL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case UpskillPackage.SKILL__CATEGORY:
				setCategory((SkillCategory)null);
				return;
			case UpskillPackage.SKILL__ALIASES:
				getAliases().clear();
				return;
			case UpskillPackage.SKILL__REQUIRES_CONTEXT:
				getRequiresContext().clear();
				return;
			case UpskillPackage.SKILL__RELATED:
				getRelated().clear();
				return;
			case UpskillPackage.SKILL__PREREQUISITES:
				getPrerequisites().clear();
				return;
			case UpskillPackage.SKILL__SCALE:
				setScale((ProficiencyScale)null);
				return;
			case UpskillPackage.SKILL__SOURCE_URI:
				setSourceUri(SOURCE_URI_EDEFAULT);
				return;
			case UpskillPackage.SKILL__FACETS:
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
			case UpskillPackage.SKILL__KIND:
				return kind != KIND_EDEFAULT;
			case UpskillPackage.SKILL__CATEGORY:
				return category != null;
			case UpskillPackage.SKILL__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case UpskillPackage.SKILL__REQUIRES_CONTEXT:
				return requiresContext != null && !requiresContext.isEmpty();
			case UpskillPackage.SKILL__RELATED:
				return related != null && !related.isEmpty();
			case UpskillPackage.SKILL__PREREQUISITES:
				return prerequisites != null && !prerequisites.isEmpty();
			case UpskillPackage.SKILL__SCALE:
				return scale != null;
			case UpskillPackage.SKILL__SOURCE_URI:
				return SOURCE_URI_EDEFAULT == null ? sourceUri != null : !SOURCE_URI_EDEFAULT.equals(sourceUri);
			case UpskillPackage.SKILL__FACETS:
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", requiresContext: ");
		result.append(requiresContext);
		result.append(", sourceUri: ");
		result.append(sourceUri);
		result.append(", facets: ");
		result.append(facets);
		result.append(')');
		return result.toString();
	}

} //SkillImpl
