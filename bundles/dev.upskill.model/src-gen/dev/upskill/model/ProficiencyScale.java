/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Proficiency Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered scale of proficiency levels (for example 0-5, SFIA 1-7, O*NET 0-7). Levels of different scales are compared after normalising each to the fraction of its scale's range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.ProficiencyScale#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getProficiencyScale()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='distinctValues increasingValues atLeastTwoLevels'"
 * @generated
 */
public interface ProficiencyScale extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.ProficiencyLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The levels of the scale, in increasing order of proficiency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getProficiencyScale_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProficiencyLevel> getLevels();

} // ProficiencyScale
