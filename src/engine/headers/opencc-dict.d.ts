/** OpenCC's dictionaries (opencc-js/dict/*) are plain data modules without types: a "from to|from to" string. */
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
