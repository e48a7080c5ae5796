/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something a person can do to gain skills: a course, book, project, competition, bootcamp, mentoring, meetup, certification or article, with its cost and effort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.LearningResource#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getProvider <em>Provider</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getCost <em>Cost</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getHours <em>Hours</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#isEstimate <em>Estimate</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getGains <em>Gains</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link dev.upskill.model.LearningResource#getRequiredResources <em>Required Resources</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getLearningResource()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nonNegativeCost nonNegativeHours isoCurrency'"
 * @generated
 */
public interface LearningResource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.upskill.model.ResourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The learning channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.upskill.model.ResourceKind
	 * @see #setKind(ResourceKind)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Kind()
	 * @model
	 * @generated
	 */
	ResourceKind getKind();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.upskill.model.ResourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ResourceKind value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who offers the resource (for example Coursera, fast.ai, Kaggle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where to find it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price in the given currency; 0 for free resources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Cost()
	 * @model default="0"
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"USD"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 currency code of the cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Currency()
	 * @model default="USD"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated total effort in hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Hours()
	 * @model default="0.0"
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when cost and hours are public estimates rather than figures stated by the provider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimate</em>' attribute.
	 * @see #setEstimate(boolean)
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Estimate()
	 * @model
	 * @generated
	 */
	boolean isEstimate();

	/**
	 * Sets the value of the '{@link dev.upskill.model.LearningResource#isEstimate <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' attribute.
	 * @see #isEstimate()
	 * @generated
	 */
	void setEstimate(boolean value);

	/**
	 * Returns the value of the '<em><b>Gains</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.SkillGain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The skill levels a learner reaches by completing the resource.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gains</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Gains()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillGain> getGains();

	/**
	 * Returns the value of the '<em><b>Prerequisites</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.SkillGain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skill levels one should have before starting (same shape as a gain: skill and level).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prerequisites</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_Prerequisites()
	 * @model containment="true"
	 * @generated
	 */
	EList<SkillGain> getPrerequisites();

	/**
	 * Returns the value of the '<em><b>Required Resources</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.LearningResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resources to complete before this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Resources</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getLearningResource_RequiredResources()
	 * @model
	 * @generated
	 */
	EList<LearningResource> getRequiredResources();

} // LearningResource
