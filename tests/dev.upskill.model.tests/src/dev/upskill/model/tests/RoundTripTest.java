/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.Team;
import dev.upskill.model.TeamGroup;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * Every class and every feature of the model survives a save and a load, across three files
 * that refer to each other.
 */
class RoundTripTest {

	@TempDir
	Path folder;

	@Test
	void everyClassAndFeatureSurvivesSaveAndLoad() throws Exception {
		ResourceSet original = UpskillResourceFactory.createResourceSet();
		Framework framework = TestModels.framework();
		Profile profile = TestModels.profile(framework);
		LearningPlan plan = TestModels.plan(profile, framework);
		TestModels.save(original, framework, folder.resolve("test.framework"));
		TestModels.save(original, profile, folder.resolve("ada.profile"));
		TestModels.save(original, plan, folder.resolve("ada.plan"));
		Team team = UpskillFactory.eINSTANCE.createTeam();
		team.setId("squad");
		team.setName("Squad");
		team.setDescription("Ada's team");
		team.getMembers().add(profile);
		TeamGroup group = UpskillFactory.eINSTANCE.createTeamGroup();
		group.setName("Front");
		group.getMembers().add(profile);
		team.getGroups().add(group);
		TestModels.save(original, team, folder.resolve("squad.team"));

		assertCoversTheWholeModel(List.of(framework, profile, plan, team));

		ResourceSet fresh = UpskillResourceFactory.createResourceSet();
		Resource loadedPlan = fresh.getResource(URI.createFileURI(folder.resolve("ada.plan").toString()), true);
		LearningPlan planBack = (LearningPlan) loadedPlan.getContents().get(0);
		Profile profileBack = planBack.getProfile();
		Framework frameworkBack = (Framework) EcoreUtil.getRootContainer(planBack.getTargetRole());
		assertFalse(profileBack.eIsProxy(), "the plan's profile reference resolves");
		assertSame(frameworkBack, EcoreUtil.getRootContainer(profileBack.getTargetRoles().get(0)),
				"profile and plan refer to the same loaded framework");

		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
		assertTrue(equality.equals(framework, frameworkBack), "framework equal after round trip");
		assertTrue(equality.equals(profile, profileBack), "profile equal after round trip");
		assertTrue(equality.equals(plan, planBack), "plan equal after round trip");
		Team teamBack = (Team) fresh.getResource(URI.createFileURI(folder.resolve("squad.team").toString()), true).getContents().get(0);
		assertSame(profileBack, teamBack.getMembers().get(0), "the team's member is the profile the plan refers to");
		assertSame(profileBack, teamBack.getGroups().get(0).getMembers().get(0));
		assertTrue(equality.equals(team, teamBack), "team equal after round trip");
		for (Resource resource : fresh.getResources()) {
			assertTrue(resource.getErrors().isEmpty(), () -> resource.getURI() + ": " + resource.getErrors());
		}
	}

	/** The test models instantiate every concrete class and set every attribute at least once. */
	private static void assertCoversTheWholeModel(List<EObject> roots) {
		Set<EClass> classes = new HashSet<>();
		Set<EStructuralFeature> setFeatures = new HashSet<>();
		for (EObject root : roots) {
			for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext();) {
				EObject object = it.next();
				classes.add(object.eClass());
				for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
					if (object.eIsSet(feature)) {
						setFeatures.add(feature);
					}
				}
			}
		}
		Set<String> missingClasses = new TreeSet<>();
		Set<String> missingFeatures = new TreeSet<>();
		UpskillPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract()).forEach(c -> {
					if (!classes.contains(c)) {
						missingClasses.add(c.getName());
					}
					for (EStructuralFeature feature : c.getEStructuralFeatures()) {
						if (!setFeatures.contains(feature)) {
							missingFeatures.add(c.getName() + "." + feature.getName());
						}
					}
				});
		for (EAttribute attribute : UpskillPackage.Literals.NAMED_ELEMENT.getEAttributes()) {
			if (!setFeatures.contains(attribute)) {
				missingFeatures.add("NamedElement." + attribute.getName());
			}
		}
		assertEquals(Set.of(), missingClasses, "classes the round trip does not cover");
		assertEquals(Set.of(), missingFeatures, "features the round trip does not cover");
	}
}
