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
 * A representation of the literals of the enumeration '<em><b>Resource Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The learning channel of a resource.
 * <!-- end-model-doc -->
 * @see dev.upskill.model.UpskillPackage#getResourceKind()
 * @model
 * @generated
 */
public enum ResourceKind implements Enumerator {
	/**
	 * The '<em><b>Course</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An online or classroom course (for example fast.ai, Coursera).
	 * <!-- end-model-doc -->
	 * @see #COURSE_VALUE
	 * @generated
	 * @ordered
	 */
	COURSE(0, "course", "course"),

	/**
	 * The '<em><b>Book</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A book.
	 * <!-- end-model-doc -->
	 * @see #BOOK_VALUE
	 * @generated
	 * @ordered
	 */
	BOOK(1, "book", "book"),

	/**
	 * The '<em><b>Project</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A portfolio project on real data (for example a deployed model behind a small web app).
	 * <!-- end-model-doc -->
	 * @see #PROJECT_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT(2, "project", "project"),

	/**
	 * The '<em><b>Competition</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A competition (for example on Kaggle).
	 * <!-- end-model-doc -->
	 * @see #COMPETITION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETITION(3, "competition", "competition"),

	/**
	 * The '<em><b>Bootcamp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An intensive paid programme.
	 * <!-- end-model-doc -->
	 * @see #BOOTCAMP_VALUE
	 * @generated
	 * @ordered
	 */
	BOOTCAMP(4, "bootcamp", "bootcamp"),

	/**
	 * The '<em><b>Mentoring</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mentoring or coaching by a practitioner.
	 * <!-- end-model-doc -->
	 * @see #MENTORING_VALUE
	 * @generated
	 * @ordered
	 */
	MENTORING(5, "mentoring", "mentoring"),

	/**
	 * The '<em><b>Meetup</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A meetup, community or networking activity.
	 * <!-- end-model-doc -->
	 * @see #MEETUP_VALUE
	 * @generated
	 * @ordered
	 */
	MEETUP(6, "meetup", "meetup"),

	/**
	 * The '<em><b>Certification</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A certification exam and its preparation.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFICATION(7, "certification", "certification"),

	/**
	 * The '<em><b>Article</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An article, tutorial or documentation page.
	 * <!-- end-model-doc -->
	 * @see #ARTICLE_VALUE
	 * @generated
	 * @ordered
	 */
	ARTICLE(8, "article", "article");

	/**
	 * The '<em><b>Course</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An online or classroom course (for example fast.ai, Coursera).
	 * <!-- end-model-doc -->
	 * @see #COURSE
	 * @model name="course"
	 * @generated
	 * @ordered
	 */
	public static final int COURSE_VALUE = 0;

	/**
	 * The '<em><b>Book</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A book.
	 * <!-- end-model-doc -->
	 * @see #BOOK
	 * @model name="book"
	 * @generated
	 * @ordered
	 */
	public static final int BOOK_VALUE = 1;

	/**
	 * The '<em><b>Project</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A portfolio project on real data (for example a deployed model behind a small web app).
	 * <!-- end-model-doc -->
	 * @see #PROJECT
	 * @model name="project"
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_VALUE = 2;

	/**
	 * The '<em><b>Competition</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A competition (for example on Kaggle).
	 * <!-- end-model-doc -->
	 * @see #COMPETITION
	 * @model name="competition"
	 * @generated
	 * @ordered
	 */
	public static final int COMPETITION_VALUE = 3;

	/**
	 * The '<em><b>Bootcamp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An intensive paid programme.
	 * <!-- end-model-doc -->
	 * @see #BOOTCAMP
	 * @model name="bootcamp"
	 * @generated
	 * @ordered
	 */
	public static final int BOOTCAMP_VALUE = 4;

	/**
	 * The '<em><b>Mentoring</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mentoring or coaching by a practitioner.
	 * <!-- end-model-doc -->
	 * @see #MENTORING
	 * @model name="mentoring"
	 * @generated
	 * @ordered
	 */
	public static final int MENTORING_VALUE = 5;

	/**
	 * The '<em><b>Meetup</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A meetup, community or networking activity.
	 * <!-- end-model-doc -->
	 * @see #MEETUP
	 * @model name="meetup"
	 * @generated
	 * @ordered
	 */
	public static final int MEETUP_VALUE = 6;

	/**
	 * The '<em><b>Certification</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A certification exam and its preparation.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATION
	 * @model name="certification"
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFICATION_VALUE = 7;

	/**
	 * The '<em><b>Article</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An article, tutorial or documentation page.
	 * <!-- end-model-doc -->
	 * @see #ARTICLE
	 * @model name="article"
	 * @generated
	 * @ordered
	 */
	public static final int ARTICLE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Resource Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ResourceKind[] VALUES_ARRAY =
		new ResourceKind[] {
			COURSE,
			BOOK,
			PROJECT,
			COMPETITION,
			BOOTCAMP,
			MENTORING,
			MEETUP,
			CERTIFICATION,
			ARTICLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Resource Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ResourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Resource Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Resource Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Resource Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceKind get(int value) {
		switch (value) {
			case COURSE_VALUE: return COURSE;
			case BOOK_VALUE: return BOOK;
			case PROJECT_VALUE: return PROJECT;
			case COMPETITION_VALUE: return COMPETITION;
			case BOOTCAMP_VALUE: return BOOTCAMP;
			case MENTORING_VALUE: return MENTORING;
			case MEETUP_VALUE: return MEETUP;
			case CERTIFICATION_VALUE: return CERTIFICATION;
			case ARTICLE_VALUE: return ARTICLE;
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
	private ResourceKind(int value, String name, String literal) {
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
	
} //ResourceKind
