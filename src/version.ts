/** The tool's version, written into every manifest. Keep in step with package.json. */
export const version = "0.1.0";
