/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role's requirement of one skill at a level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.SkillRequirement#getSkill <em>Skill</em>}</li>
 *   <li>{@link dev.upskill.model.SkillRequirement#getLevel <em>Level</em>}</li>
 *   <li>{@link dev.upskill.model.SkillRequirement#getImportance <em>Importance</em>}</li>
 *   <li>{@link dev.upskill.model.SkillRequirement#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getSkillRequirement()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='levelInScale positiveWeight'"
 * @generated
 */
public interface SkillRequirement extends EObject {
	/**
	 * Returns the value of the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The required skill (possibly in another framework).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skill</em>' reference.
	 * @see #setSkill(Skill)
	 * @see dev.upskill.model.UpskillPackage#getSkillRequirement_Skill()
	 * @model required="true"
	 * @generated
	 */
	Skill getSkill();

	/**
	 * Sets the value of the '{@link dev.upskill.model.SkillRequirement#getSkill <em>Skill</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skill</em>' reference.
	 * @see #getSkill()
	 * @generated
	 */
	void setSkill(Skill value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required level, on the skill's scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(int)
	 * @see dev.upskill.model.UpskillPackage#getSkillRequirement_Level()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link dev.upskill.model.SkillRequirement#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Unsets the value of the '{@link dev.upskill.model.SkillRequirement#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(int)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link dev.upskill.model.SkillRequirement#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(int)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.upskill.model.Importance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Essential or optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see dev.upskill.model.Importance
	 * @see #setImportance(Importance)
	 * @see dev.upskill.model.UpskillPackage#getSkillRequirement_Importance()
	 * @model
	 * @generated
	 */
	Importance getImportance();

	/**
	 * Sets the value of the '{@link dev.upskill.model.SkillRequirement#getImportance <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importance</em>' attribute.
	 * @see dev.upskill.model.Importance
	 * @see #getImportance()
	 * @generated
	 */
	void setImportance(Importance value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative weight of the requirement within the role (default 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see dev.upskill.model.UpskillPackage#getSkillRequirement_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link dev.upskill.model.SkillRequirement#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // SkillRequirement
