/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Skill Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of competence a skill is, following ESCO's distinction.
 * <!-- end-model-doc -->
 * @see dev.upskill.model.UpskillPackage#getSkillKind()
 * @model
 * @generated
 */
public enum SkillKind implements Enumerator {
	/**
	 * The '<em><b>Skill</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ability to apply knowledge to complete tasks (for example feature engineering).
	 * <!-- end-model-doc -->
	 * @see #SKILL_VALUE
	 * @generated
	 * @ordered
	 */
	SKILL(0, "skill", "skill"),

	/**
	 * The '<em><b>Knowledge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A body of facts, principles and theories (for example statistics).
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE(1, "knowledge", "knowledge"),

	/**
	 * The '<em><b>Tool</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proficiency with a specific tool, language or platform (for example Docker, MLflow).
	 * <!-- end-model-doc -->
	 * @see #TOOL_VALUE
	 * @generated
	 * @ordered
	 */
	TOOL(2, "tool", "tool"),

	/**
	 * The '<em><b>Transversal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A transferable competence (for example explaining model results to non-technical stakeholders).
	 * <!-- end-model-doc -->
	 * @see #TRANSVERSAL_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSVERSAL(3, "transversal", "transversal");

	/**
	 * The '<em><b>Skill</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ability to apply knowledge to complete tasks (for example feature engineering).
	 * <!-- end-model-doc -->
	 * @see #SKILL
	 * @model name="skill"
	 * @generated
	 * @ordered
	 */
	public static final int SKILL_VALUE = 0;

	/**
	 * The '<em><b>Knowledge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A body of facts, principles and theories (for example statistics).
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE
	 * @model name="knowledge"
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_VALUE = 1;

	/**
	 * The '<em><b>Tool</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proficiency with a specific tool, language or platform (for example Docker, MLflow).
	 * <!-- end-model-doc -->
	 * @see #TOOL
	 * @model name="tool"
	 * @generated
	 * @ordered
	 */
	public static final int TOOL_VALUE = 2;

	/**
	 * The '<em><b>Transversal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A transferable competence (for example explaining model results to non-technical stakeholders).
	 * <!-- end-model-doc -->
	 * @see #TRANSVERSAL
	 * @model name="transversal"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSVERSAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Skill Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SkillKind[] VALUES_ARRAY =
		new SkillKind[] {
			SKILL,
			KNOWLEDGE,
			TOOL,
			TRANSVERSAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Skill Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SkillKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Skill Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SkillKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SkillKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Skill Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SkillKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SkillKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Skill Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SkillKind get(int value) {
		switch (value) {
			case SKILL_VALUE: return SKILL;
			case KNOWLEDGE_VALUE: return KNOWLEDGE;
			case TOOL_VALUE: return TOOL;
			case TRANSVERSAL_VALUE: return TRANSVERSAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SkillKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SkillKind
