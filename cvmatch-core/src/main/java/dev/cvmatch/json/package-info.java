/**
 * JSON: {@link dev.cvmatch.json.CvJson} writes and reads the documented schema of every result type, and exports
 * JSON Resume; {@link dev.cvmatch.json.CvMatchJacksonModule} (Jackson 2) and
 * {@link dev.cvmatch.json.CvMatchJackson3Module} (Jackson 3) give a Jackson mapper the same schema. The only package
 * of the API whose signatures mention Jackson types.
 */
package dev.cvmatch.json;
