/**
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a *.team file: the people a manager or L&D lead plans skills for, as the profiles of its members (files beside it or elsewhere), some of them in named groups. A folder of profiles is a team too, without a file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.upskill.model.Team#getMembers <em>Members</em>}</li>
 *   <li>{@link dev.upskill.model.Team#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see dev.upskill.model.UpskillPackage#getTeam()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='membersAreProfiles'"
 * @generated
 */
public interface Team extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link dev.upskill.model.Profile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members in no group: their profiles, by file (for example alice.profile#alice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see dev.upskill.model.UpskillPackage#getTeam_Members()
	 * @model
	 * @generated
	 */
	EList<Profile> getMembers();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link dev.upskill.model.TeamGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named groups of members (a squad, a site, a function); a person may be in several.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see dev.upskill.model.UpskillPackage#getTeam_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<TeamGroup> getGroups();

} // Team
