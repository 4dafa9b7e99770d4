FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=development
COPY package.json package-lock.json ./
# npm 11 may reject its own lockfile over optional platform packages (npm/cli#9846); install from it then.
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY . .
EXPOSE 3000 2525
CMD ["npm", "start"]
