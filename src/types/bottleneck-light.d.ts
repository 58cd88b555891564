// bottleneck/light is the build the throttling plugin itself uses (no Redis
// clustering); it has the full build's API and ships no types of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
