/**
 * Job descriptions: {@link dev.cvmatch.job.JobDescriptionParser} reads an ad (English or French) into
 * {@link dev.cvmatch.job.JobRequirements}: required and preferred skills, minimum experience and education,
 * languages, location, work mode and contract.
 */
package dev.cvmatch.job;
