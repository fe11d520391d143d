/**
 * Skills: {@link dev.cvmatch.skill.SkillTaxonomy}, the bundled bilingual taxonomy or your own, and
 * {@link dev.cvmatch.skill.SkillNormalizer}, which finds its skills in text.
 */
package dev.cvmatch.skill;
