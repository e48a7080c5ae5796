/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
/**
 * Job postings (and CVs) against the skills of frameworks and against a profile. No UI; the
 * command line's {@code upskill posting} and the Job Posting editor use it the same way:
 * <ol>
 * <li>{@link dev.upskill.core.posting.PostingText#read} a file (HTML becomes its text), or take the
 * editor's text as it is;</li>
 * <li>build one {@link dev.upskill.core.posting.SkillMatcher} per set of frameworks and keep it
 * (rebuild it when the frameworks change); it is immutable and thread-safe;</li>
 * <li>{@link dev.upskill.core.posting.SkillMatcher#match} the text, in a job, with the job's
 * monitor: a new edit cancels the running match and starts another (matching a long posting
 * takes milliseconds, so the whole text is matched each time; the result's offsets refer to the
 * text given, for highlighting, {@link dev.upskill.core.posting.PostingMatch#occurrences()} in
 * text order);</li>
 * <li>against a profile, {@link dev.upskill.core.posting.PostingFit#of} gives the gap lines and the
 * fit score, as for a role; {@link dev.upskill.core.posting.CvCheck#of} compares a CV;</li>
 * <li>{@link dev.upskill.core.table.PostingTable} is the result table of every view of it.</li>
 * </ol>
 *
 * @since 0.1.0
 */
package dev.upskill.core.posting;
