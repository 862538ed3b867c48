import { ShaderMaterial, type DataArrayTexture } from 'three'

const vertexShader = /* glsl */ `
attribute vec4 uvRect;
attribute float layer;
varying vec3 vUv;
void main() {
  // uvRect is (left, top, right, bottom) in the atlas, top-down as the 2D canvas drew it.
  vUv = vec3(mix(uvRect.x, uvRect.z, uv.x), mix(uvRect.w, uvRect.y, uv.y), layer);
  gl_Position = projectionMatrix * modelViewMatrix * instanceMatrix * vec4(position, 1.0);
}
`

const fragmentShader = /* glsl */ `
precision highp sampler2DArray;
uniform sampler2DArray map;
varying vec3 vUv;
void main() {
  gl_FragColor = texture(map, vUv);
  #include <colorspace_fragment>
}
`

/** Samples each instance's picture from the atlas: its layer and rectangle come from per-instance attributes. */
export function createAtlasMaterial(map: DataArrayTexture): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { map: { value: map } },
    vertexShader,
    fragmentShader,
    toneMapped: false,
  })
}
