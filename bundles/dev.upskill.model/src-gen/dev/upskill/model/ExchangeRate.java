/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exchange Rate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One unit of a currency expressed in the plan's currency (for example EUR = 1.08 in a USD plan).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.ExchangeRate#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.upskill.model.ExchangeRate#getRate <em>Rate</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getExchangeRate()
 * @model
 * @generated
 */
public interface ExchangeRate extends EObject {
	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the converted currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.upskill.model.UpskillPackage#getExchangeRate_Currency()
	 * @model required="true"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.upskill.model.ExchangeRate#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What one unit of the currency is worth in the plan's currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(BigDecimal)
	 * @see dev.upskill.model.UpskillPackage#getExchangeRate_Rate()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getRate();

	/**
	 * Sets the value of the '{@link dev.upskill.model.ExchangeRate#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(BigDecimal value);

} // ExchangeRate
